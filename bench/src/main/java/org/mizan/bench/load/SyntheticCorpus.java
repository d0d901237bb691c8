package org.mizan.bench.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic Arabic news articles, written from templates (no real article text): each reports a few
 * attributed statements — who said, when (a weekday relative to publication), that some party did or did
 * not sign, accept, leave or reject something — so the pipeline finds claims and the linker finds
 * agreements and conflicts across articles. Deterministic for a given seed.
 */
public final class SyntheticCorpus {

    /** One article as POST /api/articles takes it. */
    public record SyntheticArticle(String title, String text, LocalDate publishedOn, String outlet) {
    }

    private record Speaker(String role, String name) {
    }

    private record Act(String affirmed, String negated) {
    }

    private static final Speaker[] SPEAKERS = {
            new Speaker("وزير الخارجية الروسي", "سيرغي لافروف"), new Speaker("وزير الدفاع التركي", "خلوصي أكار"),
            new Speaker("رئيس المجلس الرئاسي", "فايز السراج"), new Speaker("المتحدث باسم الجيش", "أحمد المسماري"),
            new Speaker("وزير الخارجية الأردني", "سامر الحديدي"), new Speaker("المبعوث الأممي", "غسان سلامة"),
            new Speaker("رئيس البرلمان", "عقيلة صالح"), new Speaker("وزير الداخلية", "فتحي باشاغا"),
            new Speaker("المتحدثة باسم الخارجية الروسية", "ماريا زاخاروفا"), new Speaker("نائب الرئيس التركي", "كمال أوزتورك"),
    };
    /** Parties of many countries and fields, so that different events have different actors. */
    private static final String[] PARTIES = {"حكومة الوفاق", "قوات حفتر", "البرلمان الليبي", "المجلس الأعلى للدولة",
            "الوفد الروسي", "الوفد التركي", "بعثة الأمم المتحدة", "الحكومة المصرية", "البنك المركزي", "وزارة المالية",
            "النقابة العامة للعمال", "اتحاد الصناعات", "الحكومة الأردنية", "البرلمان العراقي", "حكومة إقليم كردستان",
            "الحكومة اللبنانية", "حزب الله", "التيار الوطني الحر", "الحكومة التونسية", "الاتحاد العام التونسي للشغل",
            "الحكومة السودانية", "قوات الدعم السريع", "الحكومة اليمنية", "جماعة الحوثي", "التحالف العربي",
            "الحكومة الجزائرية", "جبهة البوليساريو", "الحكومة المغربية", "الاتحاد الأوروبي", "الجامعة العربية"};
    private static final Act[] ACTS = {
            new Act("وقعت على", "غادرت دون توقيع على"), new Act("قبلت", "رفضت"),
            new Act("وافقت على", "لم توافق على"), new Act("التزمت ب", "لم تلتزم ب"),
            new Act("أيدت", "عارضت"), new Act("انسحبت من", "لم تنسحب من"),
    };
    /** What events are about: agreements, but also budgets, laws, elections and prices. */
    private static final String[] OBJECTS = {"اتفاق وقف إطلاق النار", "مسودة الدستور", "الميزانية العامة",
            "قانون الانتخابات", "خطة الإصلاح الاقتصادي", "مشروع قانون الاستثمار", "زيادة الأجور", "أسعار الوقود",
            "الانتخابات البلدية", "مخرجات مؤتمر برلين", "قرض صندوق النقد الدولي", "خطة إعادة الإعمار",
            "مشروع السد", "اتفاقية الحدود البحرية", "قانون العفو العام", "خطة توزيع المياه"};
    /** Articles per event: a story in the news runs for a few days and a handful of reports. */
    private static final int ARTICLES_PER_EVENT = 10;

    private static final String[] CITIES = {"موسكو", "أنقرة", "طرابلس", "بنغازي", "القاهرة", "برلين", "جنيف"};
    private static final String[] WEEKDAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
    private static final String[] CUES = {"وقال", "وأكد", "وأوضح", "وأعلن", "وصرح"};
    private static final String[] OUTLETS = {"وكالة الأنباء التجريبية", "صحيفة الميزان", "قناة الخبر", "موقع الرصد"};

    private SyntheticCorpus() {
    }

    public static List<SyntheticArticle> generate(int count, long seed) {
        Random random = new Random(seed);
        List<SyntheticArticle> out = new ArrayList<>(count);
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < count; i++) {
            int event = i / ARTICLES_PER_EVENT;
            Random eventRandom = new Random(seed * 31 + event);
            LocalDate published = start.plusDays(event * 3L + random.nextInt(3));
            String city = pick(eventRandom, CITIES);
            String object = pick(eventRandom, OBJECTS);
            String[] parties = {pick(eventRandom, PARTIES), pick(eventRandom, PARTIES), pick(eventRandom, PARTIES)};
            String title = "محادثات " + city + " حول " + object + " (" + (i + 1) + ")";
            StringBuilder text = new StringBuilder(title).append("\n\n");
            text.append("تواصلت في ").append(city).append(" المحادثات بشأن ").append(object)
                    .append(" وسط حضور دولي واسع، بحسب ما أفاد مراسلنا في التقرير رقم ").append(i + 1).append(".\n\n");
            int statements = 3 + random.nextInt(4);
            for (int s = 0; s < statements; s++) {
                Speaker speaker = pick(random, SPEAKERS);
                Act act = pick(random, ACTS);
                boolean negated = random.nextInt(3) == 0;
                String weekday = WEEKDAYS[published.minusDays(random.nextInt(2)).getDayOfWeek().getValue() - 1];
                text.append(pick(random, CUES)).append(' ').append(speaker.role()).append(' ').append(speaker.name())
                        .append(" يوم ").append(weekday).append(" إن ").append(pick(random, parties)).append(' ')
                        .append(negated ? act.negated() : act.affirmed()).append(' ').append(object).append(" في ")
                        .append(city).append(".\n\n");
            }
            text.append("المصدر: وكالات");
            out.add(new SyntheticArticle(title, text.toString(), published, OUTLETS[i % OUTLETS.length]));
        }
        return out;
    }

    private static <T> T pick(Random random, T[] items) {
        return items[random.nextInt(items.length)];
    }
}

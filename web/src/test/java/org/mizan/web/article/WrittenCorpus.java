package org.mizan.web.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small corpus written for the write-path tests (no corpus or seed sentence): for each of eight
 * agreements, three outlets report over three days that one government signed it and a second speaker
 * says it did not. Events lie two months apart, so claims link only within an event, and each claim has
 * at most two agreeing and three conflicting candidates: fewer than the linker keeps per relation, so
 * the links do not depend on which claims came first.
 */
final class WrittenCorpus {

    record Item(String title, String text, String outlet, LocalDate publishedOn) {
    }

    private static final String[] TOPICS = {"اتفاق الموانئ", "اتفاق الحدود الشمالية", "اتفاق تبادل الأسرى", "اتفاق تقاسم المياه",
            "اتفاق نقل الطاقة", "اتفاق التجارة الحرة", "اتفاق الممرات الجوية", "اتفاق الصيد البحري"};
    private static final String[] COUNTRIES = {"الشمال", "الجنوب", "الساحل", "الجبل", "الوادي", "الصحراء", "الجزر", "السهل"};
    private static final String[] CITIES = {"المدينة البيضاء", "الميناء القديم", "بلدة النخيل", "قرية الزيتون"};
    private static final String[] OUTLETS = {"صحيفة المرصد التجريبية", "وكالة الخبر التجريبية", "إذاعة الصباح التجريبية"};
    private static final String[] MINISTERS = {"سامي حداد", "ليلى منصور", "كريم عواد"};
    private static final String[] SPEAKERS = {"نبيل سرحان", "هدى القاسم", "ماجد الشريف"};
    private static final String[] DAYS = {"الاثنين", "الثلاثاء", "الأربعاء"};

    private WrittenCorpus() {
    }

    static List<Item> items() {
        List<Item> out = new ArrayList<>();
        for (int e = 0; e < TOPICS.length; e++) {
            LocalDate first = LocalDate.of(2022, 1, 3).plusDays(63L * e);
            for (int o = 0; o < OUTLETS.length; o++) {
                String topic = TOPICS[e];
                String country = COUNTRIES[e];
                String signed = "قال وزير الخارجية " + MINISTERS[o] + " يوم " + DAYS[o] + " إن حكومة " + country
                        + " وقعت على " + topic + " في " + CITIES[(e + o) % CITIES.length] + ".";
                String denied = "وأكد رئيس البرلمان " + SPEAKERS[o] + " أن حكومة " + country + " لم توقع على " + topic + " حتى الآن.";
                String title = topic + ": " + (o == 0 ? "توقيع وسط خلاف" : o == 1 ? "روايتان عن التوقيع" : "جدل حول التوقيع");
                String body = o == 1 ? denied + " " + signed : signed + " " + denied;
                out.add(new Item(title, title + "\n\n" + body, OUTLETS[o], first.plusDays(o)));
            }
        }
        return out;
    }
}

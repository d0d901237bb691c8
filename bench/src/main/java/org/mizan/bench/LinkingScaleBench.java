package org.mizan.bench;

import org.mizan.core.Claim;
import org.mizan.core.DateSource;
import org.mizan.core.Modality;
import org.mizan.core.Polarity;
import org.mizan.core.Proposition;
import org.mizan.core.Span;
import org.mizan.core.Speaker;
import org.mizan.core.SpeakerKind;
import org.mizan.core.link.ClaimLink;
import org.mizan.core.link.ClaimLinker;
import org.mizan.core.link.LinkableClaim;
import org.mizan.core.link.ClaimComparator;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How the cost of linking one new article grows with the corpus: corpora of 1,000, 10,000 and
 * 100,000 claims generated from templates (a few hundred actors with Zipf-like frequency, ~40
 * predicates, many objects, dates over two years, articles of 5-15 claims), then many new articles
 * linked against each (linked, not stored, so the corpus keeps its size). Plain harness with warm-up:
 * each size is measured after a warm-up round over every size, so the JIT has compiled the same code
 * for all. Prints a Markdown table: median and p90 time per article, comparisons and links per article.
 *
 * <pre>./mvnw -B -q -pl bench -am package -DskipTests && java -cp bench/target/benchmarks.jar org.mizan.bench.LinkingScaleBench</pre>
 * Optional arguments: sizes (comma-separated) and the number of measured articles per size.
 */
public final class LinkingScaleBench {

    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 730;

    private static final String[] FIRST = {"محمد", "أحمد", "علي", "خالد", "عمر", "يوسف", "إبراهيم", "حسن", "سعيد",
            "عبد الله", "عبد الرحمن", "مصطفى", "فاطمة", "مريم", "سامي", "رامي", "طارق", "نبيل", "كمال", "جمال",
            "هشام", "وليد", "ماجد", "فيصل", "سلمان"};
    private static final String[] LAST = {"الحسيني", "العتيبي", "الشمري", "المصري", "الخطيب", "النجار", "الحداد",
            "القاسم", "البدري", "الزعبي", "التميمي", "الجبوري", "السويدي", "المالكي", "الدوري", "العلوي", "الكبيسي",
            "الفارس", "الرفاعي", "الساعدي"};
    private static final String[] TITLES = {"", "", "", "الرئيس ", "الوزير ", "المشير ", "الدكتور ", "الشيخ "};
    private static final String[] BODY_HEADS = {"وزارة الخارجية", "وزارة الدفاع", "وزارة المالية", "البنك المركزي",
            "هيئة الانتخابات", "المجلس الأعلى", "نقابة المعلمين", "حركة التحرير", "حزب العدالة", "جماعة الإصلاح"};
    private static final String[] COUNTRIES = {"الليبية", "المصرية", "السورية", "العراقية", "اللبنانية", "الأردنية",
            "التونسية", "المغربية", "السودانية", "اليمنية", "الجزائرية", "الفلسطينية"};
    private static final String[] PREDICATES = {"sign", "accept", "agree", "approve", "ratify", "endorse", "join",
            "commit", "respond", "reject", "refuse", "request_time", "cease_fire", "violate", "withdraw", "stay",
            "advance", "rise", "increase", "fall", "decrease", "win", "lose", "open", "close", "support", "oppose",
            "allow", "ban", "release", "arrest", "attend", "boycott", "arrive", "leave", "attack", "kill", "meet",
            "visit", "announce"};
    private static final String[] AGREEMENTS = {"الاتفاق", "وقف إطلاق النار", "الهدنة", "المبادرة", "المقترح",
            "الصفقة", "اتفاق السلام", "خطة التسوية"};
    private static final String[] THINGS = {"مطار", "ميناء", "جسر", "مستشفى", "مصنع", "معبر", "سد", "طريق", "سجن",
            "مبنى", "حقل", "منجم", "سوق", "ملعب", "مصرف", "قاعدة"};
    private static final String[] PLACES = {"طرابلس", "بنغازي", "سرت", "مصراتة", "حلب", "إدلب", "الموصل", "البصرة",
            "عدن", "تعز", "الخرطوم", "أم درمان", "صيدا", "طرطوس", "درعا", "الرقة", "غزة", "رفح", "جنين", "نابلس",
            "وهران", "سطيف", "فاس", "مراكش", "صفاقس", "سوسة", "أسوان", "الأقصر", "إربد", "الزرقاء"};

    private final Random random;
    private final List<Actor> actors = new ArrayList<>();
    private final double[] cumulative;
    private int nextClaim;
    private int nextArticle;

    private record Actor(String name, String mention, SpeakerKind kind) {
    }

    private LinkingScaleBench(long seed, int actorCount) {
        random = new Random(seed);
        for (int i = 0; i < actorCount; i++) {
            if (i % 5 == 4) {
                String body = BODY_HEADS[random.nextInt(BODY_HEADS.length)] + " " + COUNTRIES[random.nextInt(COUNTRIES.length)];
                actors.add(new Actor(body, body, SpeakerKind.ORGANIZATION));
            } else {
                String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[(i * 7 + random.nextInt(3)) % LAST.length]
                        + (i >= FIRST.length * LAST.length / 4 ? " " + FIRST[random.nextInt(FIRST.length)] : "");
                actors.add(new Actor(name, TITLES[random.nextInt(TITLES.length)] + name, SpeakerKind.PERSON));
            }
        }
        // Zipf-like: the actor of rank r is drawn with weight 1 / r.
        cumulative = new double[actorCount];
        double sum = 0;
        for (int r = 0; r < actorCount; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        for (int r = 0; r < actorCount; r++) {
            cumulative[r] /= sum;
        }
    }

    private Actor actor() {
        int i = Arrays.binarySearch(cumulative, random.nextDouble());
        return actors.get(Math.min(i < 0 ? -i - 1 : i, actors.size() - 1));
    }

    private String subjectMention(Actor a) {
        if (a.kind() == SpeakerKind.PERSON) {
            int form = random.nextInt(10);
            String[] parts = a.name().split(" ");
            if (form < 2) {
                return parts[parts.length - 1];            // the surname alone
            }
            if (form == 2) {
                return "حكومة " + a.name();                 // a body led by the person
            }
            if (form == 3) {
                return "قوات " + parts[parts.length - 1];   // the person's forces
            }
            return a.mention();
        }
        return a.name();
    }

    private String object(String predicate) {
        int kind = random.nextInt(10);
        if (kind < 3 || predicate.equals("sign") || predicate.equals("ratify")) {
            return AGREEMENTS[random.nextInt(AGREEMENTS.length)];
        }
        if (kind < 4) {
            return null;
        }
        return THINGS[random.nextInt(THINGS.length)] + " " + PLACES[random.nextInt(PLACES.length)];
    }

    /** One article: 5-15 claims around a few actors and predicates, dated near its publication. */
    private List<LinkableClaim> article(LocalDate publishedOn) {
        String articleId = "a" + (nextArticle++);
        int claims = 5 + random.nextInt(11);
        Actor[] cast = {actor(), actor(), actor()};
        String[] topics = {PREDICATES[random.nextInt(PREDICATES.length)], PREDICATES[random.nextInt(PREDICATES.length)]};
        List<LinkableClaim> out = new ArrayList<>(claims);
        for (int i = 0; i < claims; i++) {
            Actor speaker = random.nextInt(3) == 0 ? cast[random.nextInt(cast.length)] : actor();
            int props = 1 + random.nextInt(2);
            List<Proposition> propositions = new ArrayList<>(props);
            StringBuilder content = new StringBuilder();
            for (int p = 0; p < props; p++) {
                String predicate = random.nextInt(2) == 0 ? topics[random.nextInt(topics.length)]
                        : PREDICATES[random.nextInt(PREDICATES.length)];
                Actor subject = random.nextInt(2) == 0 ? cast[random.nextInt(cast.length)] : actor();
                String object = object(predicate);
                Polarity polarity = random.nextInt(4) == 0 ? Polarity.NEGATED : Polarity.AFFIRMED;
                Modality modality = random.nextInt(8) == 0 ? Modality.INTENDED : Modality.ASSERTED;
                int start = content.length();
                content.append(subjectMention(subject)).append(' ').append(predicate).append(' ')
                        .append(object == null ? "" : object).append(". ");
                Span evidence = new Span(content.substring(start, content.length() - 2), start, content.length() - 2);
                propositions.add(new Proposition(subjectMention(subject), predicate, object, polarity, modality, evidence));
            }
            LocalDate statedOn = random.nextInt(3) == 0 ? publishedOn.minusDays(random.nextInt(3)) : null;
            String text = content.toString();
            Claim claim = new Claim("c" + i, new Span("قال", 0, 3),
                    new Speaker(speaker.name(), speaker.mention(), null, speaker.kind(), null, false, "bench"),
                    new Span(text, 0, text.length()), statedOn, null,
                    statedOn == null ? DateSource.PUBLISHED : DateSource.EXPLICIT, propositions.get(0).polarity(),
                    propositions);
            out.add(LinkableClaim.of("k" + (nextClaim++), articleId, "منفذ " + random.nextInt(12), publishedOn, claim));
        }
        return out;
    }

    private LocalDate randomDay() {
        return START.plusDays(random.nextInt(DAYS));
    }

    private ClaimLinker corpus(int claims) {
        ClaimLinker linker = new ClaimLinker(ClaimLinker.Settings.DEFAULT, ClaimComparator.standard());
        int stored = 0;
        while (stored < claims) {
            List<LinkableClaim> article = article(randomDay());
            if (stored + article.size() > claims) {
                article = article.subList(0, claims - stored);
            }
            linker.add(article);
            stored += article.size();
        }
        return linker;
    }

    /** Per-size samples: wall and thread-CPU nanoseconds per new article, comparisons and links. */
    private static final class Samples {
        final int size;
        final long[] wall;
        final long[] cpu;
        long comparisons;
        long links;

        Samples(int size, int n) {
            this.size = size;
            this.wall = new long[n];
            this.cpu = new long[n];
        }

        static double percentile(long[] values, double q) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1_000.0;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static void measureOne(ClaimLinker linker, List<LinkableClaim> article, Samples into, int i) {
        long comparisonsBefore = linker.comparisons();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<ClaimLink> found = linker.link(article);
        long t1 = System.nanoTime();
        long cpu1 = THREADS.getCurrentThreadCpuTime();
        if (into != null) {
            into.wall[i] = t1 - t0;
            into.cpu[i] = cpu1 - cpu0;
            into.comparisons += linker.comparisons() - comparisonsBefore;
            into.links += found.size();
        }
    }

    public static void main(String[] args) {
        int[] sizes = args.length > 0 ? Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000, 100_000};
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int warmup = 1_000;

        List<ClaimLinker> corpora = new ArrayList<>();
        List<List<List<LinkableClaim>>> probes = new ArrayList<>();
        for (int size : sizes) {
            LinkingScaleBench generator = new LinkingScaleBench(42, 300);
            long t0 = System.nanoTime();
            corpora.add(generator.corpus(size));
            System.err.printf("corpus of %,d claims filed in %.1f s%n", size, (System.nanoTime() - t0) / 1e9);
            List<List<LinkableClaim>> articles = new ArrayList<>();
            for (int i = 0; i < warmup + measured; i++) {
                articles.add(generator.article(generator.randomDay()));
            }
            probes.add(articles);
        }
        // Warm-up, then measurement, both interleaved across sizes (article i of every size before
        // article i + 1), so that the JIT and any load from other processes weigh on every size alike.
        for (int i = 0; i < warmup; i++) {
            for (int s = 0; s < sizes.length; s++) {
                measureOne(corpora.get(s), probes.get(s).get(i), null, i);
            }
        }
        List<Samples> results = new ArrayList<>();
        for (int size : sizes) {
            results.add(new Samples(size, measured));
        }
        for (int i = 0; i < measured; i++) {
            for (int s = 0; s < sizes.length; s++) {
                measureOne(corpora.get(s), probes.get(s).get(warmup + i), results.get(s), i);
            }
        }

        Samples base = results.get(0);
        double baseCpu = Samples.percentile(base.cpu, 0.5);
        double baseWall = Samples.percentile(base.wall, 0.5);
        System.out.println("| corpus (claims) | new articles | median CPU µs/article | p90 CPU µs/article "
                + "| median wall µs/article | p90 wall µs/article | comparisons/article | links/article "
                + "| median CPU vs smallest | median wall vs smallest |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Samples r : results) {
            System.out.printf("| %,d | %,d | %.0f | %.0f | %.0f | %.0f | %.1f | %.1f | %.2f× | %.2f× |%n", r.size,
                    measured, Samples.percentile(r.cpu, 0.5), Samples.percentile(r.cpu, 0.9),
                    Samples.percentile(r.wall, 0.5), Samples.percentile(r.wall, 0.9),
                    r.comparisons / (double) measured, r.links / (double) measured,
                    Samples.percentile(r.cpu, 0.5) / baseCpu, Samples.percentile(r.wall, 0.5) / baseWall);
        }
    }
}

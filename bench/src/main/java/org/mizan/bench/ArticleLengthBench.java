package org.mizan.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mizan.bench.load.SyntheticCorpus;
import org.mizan.core.Article;
import org.mizan.ingest.IngestPipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whether analysis time grows with the article, not its square: one synthetic article (template text of
 * {@link SyntheticCorpus}, no real article) of 1,000 to 1,990,000 characters (about 2 MB of UTF-8 Arabic is 1 M chars), as paragraphs or as one flat paragraph (no
 * line breaks: the worst case for anything that works per paragraph). Words per second should stay flat.
 *
 * <pre>java -jar bench/target/benchmarks.jar ArticleLengthBench             (JMH report, ms per article)
 * java -cp bench/target/benchmarks.jar org.mizan.bench.ArticleLengthBench  (words/s per size)</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@Threads(1)
public class ArticleLengthBench {

    /** Thousands of characters; 1990 is just under the 2,000,000-character input limit. */
    @Param({"1", "16", "128", "1000", "1990"})
    public int kilochars;

    @Param({"paragraphs", "flat"})
    public String layout;

    private IngestPipeline pipeline;
    private Article article;

    @Setup(Level.Trial)
    public void build() {
        pipeline = IngestPipeline.standard();
        article = article(kilochars * 1000, layout.equals("flat"));
    }

    @Benchmark
    public Object analyse() {
        return pipeline.analyze(article);
    }

    /** Invented name parts: a long article names many different people, as real ones do. */
    private static final String[] GIVEN = {"بدر", "رامز", "لؤي", "نزار", "وسام", "زهير", "قيس", "مهند", "أنور", "شاكر",
            "ليندا", "ماركو", "إيفان", "توماس", "كينجي", "آنا", "بيدرو", "يوهان", "صوفيا", "دانيال"};
    private static final String[] FAMILY = {"الخطيب", "العلوان", "البرغوثي", "الحسيني", "الدباغ", "الصراف", "النجار",
            "السقا", "القباني", "الزين", "كوستا", "مولر", "ناكامورا", "بيترسون", "روسي", "فيشر", "مارتن", "دوبوا",
            "كوالسكي", "هانسن"};

    /** A synthetic article of about {@code chars} characters: synthetic reports one after another. */
    static Article article(int chars, boolean flat) {
        StringBuilder body = new StringBuilder(chars + 4096);
        int n = 0;
        while (body.length() < chars) {
            List<SyntheticCorpus.SyntheticArticle> batch = SyntheticCorpus.generate(50, n++);
            for (SyntheticCorpus.SyntheticArticle a : batch) {
                String text = a.text().substring(a.text().indexOf('\n')).strip();
                int k = body.length() / 997;
                text += "\n\nوقال المستشار " + GIVEN[k % GIVEN.length] + " " + FAMILY[(k / GIVEN.length) % FAMILY.length]
                        + " إن اللجنة رقم " + k + " أنهت أعمالها. وأضاف أن التقرير جاهز.";
                body.append(flat ? text.replace("\n\n", " ").replace('\n', ' ') : text).append(flat ? " " : "\n\n");
                if (body.length() >= chars) {
                    break;
                }
            }
        }
        return new Article(body.substring(0, chars), "تقرير طويل", LocalDate.of(2020, 1, 14), "bench", null);
    }

    /** Plain launcher: words per second for each size and layout (best of a few runs after warm-up). */
    public static void main(String[] args) {
        IngestPipeline pipeline = IngestPipeline.standard();
        int[] sizes = {1, 16, 128, 1000, 1990};
        pipeline.analyze(article(256_000, false));
        String[] layouts = args.length > 0 ? args : new String[] {"paragraphs", "flat"};
        for (String layout : layouts) {
            for (int kb : sizes) {
                Article a = article(kb * 1000, layout.equals("flat"));
                long words = IngestThroughputBench.Corpus.words(a.text());
                int runs = kb <= 128 ? 20 : 3;
                double best = Double.MAX_VALUE;
                for (int r = 0; r < runs; r++) {
                    long t0 = System.nanoTime();
                    pipeline.analyze(a);
                    best = Math.min(best, (System.nanoTime() - t0) / 1e9);
                }
                System.out.printf("%-10s %5d kchars  %8d words  %8.3f s  %,10.0f words/s%n", layout, kb, words, best, words / best);
            }
        }
    }
}

package org.mizan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Ingest throughput on one thread: the whole pipeline over every article of the corpus
 * ({@code ../shared/corpus/arabic-news.jsonl} when present, else the seed articles). One operation is
 * one pass over the corpus; words per second = corpus words / seconds per operation, which the
 * {@link #main} launcher prints.
 *
 * <pre>java -jar bench/target/benchmarks.jar IngestThroughputBench            (JMH report)
 * java -cp bench/target/benchmarks.jar org.mizan.bench.IngestThroughputBench (words/s summary)</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
@Threads(1)
public class IngestThroughputBench {

    @Param({"../shared/corpus/arabic-news.jsonl"})
    public String corpus;

    private IngestPipeline pipeline;
    private List<Article> articles;
    long words;

    @Setup(Level.Trial)
    public void load() throws IOException {
        pipeline = IngestPipeline.standard();
        articles = Corpus.load(Path.of(corpus));
        words = articles.stream().mapToLong(a -> Corpus.words(a.text())).sum();
        System.out.printf("%n%d articles, %d words%n", articles.size(), words);
    }

    @Benchmark
    public void analyseCorpus(Blackhole sink) {
        for (Article article : articles) {
            try {
                sink.consume(pipeline.analyze(article));
            } catch (RuntimeException rejected) {
                sink.consume(rejected);
            }
        }
    }

    /** Plain launcher: warm up, then time whole passes and print words per second. */
    public static void main(String[] args) throws IOException {
        IngestThroughputBench bench = new IngestThroughputBench();
        bench.corpus = args.length > 0 ? args[0] : "../shared/corpus/arabic-news.jsonl";
        bench.load();
        Blackhole sink = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        for (int i = 0; i < 2; i++) {
            bench.analyseCorpus(sink);
        }
        int passes = 5;
        long t0 = System.nanoTime();
        for (int i = 0; i < passes; i++) {
            bench.analyseCorpus(sink);
        }
        double seconds = (System.nanoTime() - t0) / 1e9 / passes;
        System.out.printf("ingest: %d words per pass, %.2f s per pass, %.0f words/s on one thread%n",
                bench.words, seconds, bench.words / seconds);
    }

    /** Articles from a JSONL file ({body, date, title}) or, when it is absent, the seed articles. */
    static final class Corpus {

        static List<Article> load(Path jsonl) throws IOException {
            List<Article> out = new ArrayList<>();
            if (Files.exists(jsonl)) {
                ObjectMapper json = new ObjectMapper();
                try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (!line.isBlank()) {
                            JsonNode row = json.readTree(line);
                            String date = row.path("date").asText("");
                            out.add(new Article(row.path("body").asText(""), row.path("title").asText(null),
                                    date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null, null, null));
                        }
                    }
                }
                return out;
            }
            System.out.println("corpus " + jsonl + " not found: measuring on the seed articles");
            for (String file : List.of("000_9b2292189eea8875.txt", "003_4730f74c6fe08349.txt")) {
                try (InputStream in = Corpus.class.getResourceAsStream("/seeds/articles/" + file)) {
                    out.add(Article.of(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            return out;
        }

        static long words(String text) {
            long n = 0;
            boolean inWord = false;
            for (int i = 0; i < text.length(); i++) {
                boolean letter = !Character.isWhitespace(text.charAt(i));
                if (letter && !inWord) {
                    n++;
                }
                inWord = letter;
            }
            return n;
        }
    }
}

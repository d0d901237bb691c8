package org.mizan.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The write path under load: stores real articles (the corpus JSONL, as {@code tools/load_corpus.py}
 * sends them) through {@code POST /api/articles} from N concurrent clients on 127.0.0.1, and reports
 * stored articles/s (overall and per window, so a slow-down as the corpus grows shows), p50/p99
 * latency (of the article, retries included) and the count of each final status code. Bounded: each article
 * is sent once, and again after a 503 (the server's back-pressure) as its Retry-After says, up to
 * {@value #MAX_RETRIES} times.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.mizan.bench.load.WriteLoad --base http://127.0.0.1:8184 \
 *      --corpus ../shared/corpus/arabic-news.jsonl --clients 16 --password "$MIZAN_ADMIN_PASSWORD"
 * </pre>
 */
public final class WriteLoad {

    /** How often one article is sent again after a 503 (back-pressure) before its 503 counts. */
    private static final int MAX_RETRIES = 10;

    private WriteLoad() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        URI base = Loopback.require(args.get("base", "http://127.0.0.1:8080"));
        int clients = Math.max(1, Math.min(args.getInt("clients", 16), 64));
        int max = args.getInt("articles", 5000);
        int window = Math.max(1, args.getInt("window", 250));
        String password = args.get("password", System.getenv().getOrDefault("MIZAN_ADMIN_PASSWORD", "dev-admin"));
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = bodies(json, Path.of(args.get("corpus", "../shared/corpus/arabic-news.jsonl")), max,
                args.getInt("shift-weeks", 0));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();

        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        long[] latencies = new long[bodies.size()];
        AtomicLongArray finishedAt = new AtomicLongArray(bodies.size());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        Map<String, String> failures = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    long t = System.nanoTime();
                    String status;
                    try {
                        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/articles")).timeout(Duration.ofSeconds(120))
                                .header("Content-Type", "application/json").header("Authorization", auth)
                                .POST(HttpRequest.BodyPublishers.ofString(bodies.get(i), StandardCharsets.UTF_8)).build();
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        // Back-pressure: a 503 asks the client to come back after Retry-After; the article is sent again.
                        for (int tries = 1; response.statusCode() == 503 && tries <= MAX_RETRIES; tries++) {
                            retried.incrementAndGet();
                            Thread.sleep(1000L * response.headers().firstValueAsLong("Retry-After").orElse(1));
                            response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        }
                        status = Integer.toString(response.statusCode());
                    } catch (Exception e) {
                        status = e.getClass().getSimpleName();
                        failures.putIfAbsent(status, String.valueOf(e.getMessage()));
                    }
                    long end = System.nanoTime();
                    latencies[i] = end - t;
                    finishedAt.set(done.getAndIncrement(), end);
                    statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - started) / 1e9;
        for (int from = 0; from < bodies.size(); from += window) {
            int to = Math.min(bodies.size(), from + window) - 1;
            long windowStart = from == 0 ? started : finishedAt.get(from - 1);
            System.out.printf("articles %5d-%5d: %6.1f articles/s%n", from + 1, to + 1,
                    (to - from + 1) / ((finishedAt.get(to) - windowStart) / 1e9));
        }
        LatencyStats stats = new LatencyStats("POST /api/articles x" + clients, latencies, 0, seconds);
        Map<String, Integer> counts = new TreeMap<>();
        statuses.forEach((k, v) -> counts.put(k, v.get()));
        failures.forEach((k, v) -> System.out.printf("first %s: %s%n", k, v));
        System.out.printf("%d articles, %d clients, %.1f s: %.1f articles/s, p50 %.0f ms, p99 %.0f ms, statuses %s, 503 then sent again %d%n",
                bodies.size(), clients, seconds, stats.throughput(), stats.percentileMillis(50), stats.percentileMillis(99), counts,
                retried.get());
        System.exit(0);
    }

    /**
     * The request bodies, as tools/load_corpus.py builds them: body, title, date (first ten characters), outlet, url.
     * With {@code shiftWeeks} > 0, each article as if published that many weeks later, its text marked so that it
     * is a new text: the articles to add to a directory grown by {@code GrowCorpus}, which already holds the
     * originals and one copy a week after another.
     */
    private static List<String> bodies(ObjectMapper json, Path corpus, int max, int shiftWeeks) throws Exception {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && out.size() < max; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("text", row.path("body").asText() + (shiftWeeks > 0 ? "\n\n[" + shiftWeeks + "]" : ""));
                body.put("title", row.path("title").isMissingNode() || row.path("title").isNull() ? null : row.path("title").asText());
                String date = row.path("date").asText("");
                body.put("publishedOn", date.length() >= 10
                        ? java.time.LocalDate.parse(date.substring(0, 10)).plusWeeks(shiftWeeks).toString() : null);
                body.put("outlet", row.path("outlet").isNull() ? null : row.path("outlet").asText(null));
                body.put("url", row.path("url").isNull() ? null : row.path("url").asText(null));
                out.add(json.writeValueAsString(body));
            }
        }
        return out;
    }
}

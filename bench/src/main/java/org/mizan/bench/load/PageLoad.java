package org.mizan.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load on a running Mizan on this machine: N virtual users (one connection each, closed loop) fetch the
 * story page for a bounded time and request count, then do the same to /q/health/live on the same
 * server; prints latency percentiles, throughput, and the story page's throughput as a ratio of the
 * liveness probe's. Targets: story page p99 under 50 ms at 32 users, ratio at least 0.3.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.mizan.bench.load.PageLoad --base http://127.0.0.1:8080 \
 *      --users 32 --seconds 20 --warmup 15 [--story ID | --path /some/page | --all true] [--max-requests 500000] [--accept-encoding gzip]
 * </pre>
 * {@code --all true} measures every reader page (home, story, claim, speaker, article, outlet, search; see
 * {@link ReaderPages}) in turn, each against the probe right after it, and prints the table.
 * By default the requests carry no Accept-Encoding (a plain client: the full page every time);
 * {@code --accept-encoding gzip} asks as browsers do, for both the page and the probe.
 * The story defaults to the one with the most claims among the latest (GET /api/stories).
 */
public final class PageLoad {

    static final double TARGET_P99_MS = 50;
    static final double TARGET_RATIO = 0.3;

    private PageLoad() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        URI base = Loopback.require(args.get("base", "http://127.0.0.1:8080"));
        int users = Math.max(1, Math.min(args.getInt("users", 32), 256));
        int seconds = Math.max(1, Math.min(args.getInt("seconds", 20), 300));
        int warmup = Math.max(0, Math.min(args.getInt("warmup", 15), 60));
        long maxRequests = Math.max(1, Math.min(Long.parseLong(args.get("max-requests", "500000")), 5_000_000L));
        String acceptEncoding = args.get("accept-encoding", "");

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
        if (Boolean.parseBoolean(args.get("all", "false"))) {
            every(http, base, users, seconds, warmup, maxRequests, acceptEncoding, args.get("query", "الرئيس"));
            return;
        }
        long storyId = !args.get("story", "").isEmpty() ? Long.parseLong(args.get("story", ""))
                : args.get("path", "").isEmpty() ? pickStory(http, base) : -1;
        // --path measures another page the same way (a baseline: /css/mizan.css, /articles/1, ...).
        URI story = base.resolve(args.get("path", "/stories/" + storyId));
        URI live = base.resolve("/q/health/live");
        System.out.printf("base=%s users=%d seconds=%d warmup=%d story=%s accept-encoding=%s%n", base, users, seconds, warmup, story,
                acceptEncoding.isEmpty() ? "(none)" : acceptEncoding);

        // Both paths are warmed before either is measured: the HTTP stack they share warms on whichever runs
        // first, which would otherwise favour the one measured second.
        run(http, "warm-up /q/health/live", get(live, acceptEncoding), users, Math.max(2, warmup / 3), maxRequests);
        run(http, "warm-up " + story.getPath(), get(story, acceptEncoding), users, warmup, maxRequests);
        LatencyStats storyStats = run(http, "story " + story.getPath(), get(story, acceptEncoding), users, seconds, maxRequests);
        LatencyStats liveStats = run(http, "health /q/health/live", get(live, acceptEncoding), users, seconds, maxRequests);
        System.out.println(storyStats.line());
        System.out.println(liveStats.line());
        double ratio = storyStats.throughput() / liveStats.throughput();
        double p99 = storyStats.percentileMillis(99);
        System.out.printf("story p99 = %.2f ms (target < %.0f ms): %s%n", p99, TARGET_P99_MS, p99 < TARGET_P99_MS ? "MET" : "MISSED");
        System.out.printf("story/live throughput ratio = %.3f (target >= %.1f): %s%n", ratio, TARGET_RATIO,
                ratio >= TARGET_RATIO ? "MET" : "MISSED");
        System.exit(storyStats.errors() + liveStats.errors() > 0 ? 2 : 0);
    }

    /**
     * Every reader page ({@link ReaderPages}) measured in turn, each right after the probe, so each ratio
     * compares two runs seconds apart on the same server; prints a Markdown table.
     */
    static void every(HttpClient http, URI base, int users, int seconds, int warmup, long maxRequests, String acceptEncoding,
                      String query) throws Exception {
        java.util.Map<String, String> pages = ReaderPages.pick(http, base, query);
        URI live = base.resolve("/q/health/live");
        run(http, "warm-up /q/health/live", get(live, acceptEncoding), users, Math.max(2, warmup / 3), maxRequests);
        List<String> rows = new ArrayList<>();
        boolean met = true;
        long errors = 0;
        for (java.util.Map.Entry<String, String> page : pages.entrySet()) {
            HttpRequest request = get(base.resolve(page.getValue()), acceptEncoding);
            run(http, "warm-up " + page.getKey(), request, users, Math.max(1, warmup / pages.size()), maxRequests);
            LatencyStats stats = run(http, page.getKey() + " " + page.getValue(), request, users, seconds, maxRequests);
            LatencyStats probe = run(http, "health /q/health/live", get(live, acceptEncoding), users, Math.max(2, seconds / 2), maxRequests);
            double ratio = stats.throughput() / probe.throughput();
            double p99 = stats.percentileMillis(99);
            met &= ratio >= TARGET_RATIO && p99 < TARGET_P99_MS;
            errors += stats.errors();
            rows.add(String.format("| %s `%s` | %,.0f req/s | %.1f ms | %.1f ms | %,.0f req/s | %.2f |", page.getKey(),
                    java.net.URLDecoder.decode(page.getValue(), java.nio.charset.StandardCharsets.UTF_8), stats.throughput(),
                    stats.percentileMillis(50), p99, probe.throughput(), ratio));
        }
        System.out.println("| page | throughput | p50 | p99 | /q/health/live | ratio |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
        System.out.printf("every page p99 < %.0f ms and ratio >= %.1f: %s%n", TARGET_P99_MS, TARGET_RATIO, met ? "MET" : "MISSED");
        System.exit(errors > 0 ? 2 : 0);
    }

    /** The latest stories' biggest one: the comparison page with the most to render. */
    static long pickStory(HttpClient http, URI base) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/stories?limit=50")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode stories = new ObjectMapper().readTree(r.body()).path("items");
        long best = -1;
        int most = -1;
        for (JsonNode s : stories) {
            if (s.path("claimCount").asInt() > most) {
                most = s.path("claimCount").asInt();
                best = s.path("id").asLong();
            }
        }
        if (best < 0) {
            throw new IllegalStateException("the server has no stories yet: store a corpus first (CorpusLoader)");
        }
        return best;
    }

    static HttpRequest get(URI uri, String acceptEncoding) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).header("Accept", "text/html,application/json");
        return (acceptEncoding.isEmpty() ? b : b.header("Accept-Encoding", acceptEncoding)).GET().build();
    }

    /** Closed loop: each user sends its next request when the last one answered, until time or count runs out. */
    static LatencyStats run(HttpClient http, String name, HttpRequest request, int users, int seconds, long maxRequests) throws Exception {
        if (seconds == 0) {
            return new LatencyStats(name, new long[0], 0, 0);
        }
        AtomicLong budget = new AtomicLong(maxRequests);
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long started = System.nanoTime();
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                futures.add(pool.submit(() -> {
                    long[] latencies = new long[1024];
                    int n = 0;
                    while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                                continue;
                            }
                        } catch (java.io.IOException e) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (n == latencies.length) {
                            latencies = java.util.Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - t0;
                    }
                    return java.util.Arrays.copyOf(latencies, n);
                }));
            }
            List<long[]> parts = new ArrayList<>();
            for (Future<long[]> f : futures) {
                parts.add(f.get());
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            long[] all = parts.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            LatencyStats stats = new LatencyStats(name, all, errors.get(), elapsed);
            System.out.println(stats.line());
            return stats;
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.mizan.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.bench.load.SyntheticCorpus.SyntheticArticle;

/**
 * Stores a synthetic corpus in a running Mizan through its own admin API (POST /api/articles, basic
 * auth as "admin"), one article at a time, so every article goes through the real pipeline and linker.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.mizan.bench.load.CorpusLoader --base http://127.0.0.1:8080 \
 *      --articles 1000 --password "$MIZAN_ADMIN_PASSWORD"
 * </pre>
 * Idempotent: the server keeps one article per text, so a second run adds nothing.
 */
public final class CorpusLoader {

    private CorpusLoader() {
    }

    public static void main(String[] argv) throws Exception {
        Args args = new Args(argv);
        URI base = Loopback.require(args.get("base", "http://127.0.0.1:8080"));
        int count = Math.min(args.getInt("articles", 1000), 20_000);
        String password = args.get("password", System.getenv().getOrDefault("MIZAN_ADMIN_PASSWORD", "dev-admin"));
        String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        List<SyntheticArticle> corpus = SyntheticCorpus.generate(count, args.getInt("seed", 7));
        long started = System.nanoTime();
        int created = 0;
        int existing = 0;
        for (SyntheticArticle a : corpus) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("text", a.text());
            body.put("title", a.title());
            body.put("publishedOn", a.publishedOn().toString());
            body.put("outlet", a.outlet());
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/articles"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").header("Authorization", auth)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                created++;
            } else if (response.statusCode() == 200) {
                existing++;
            } else {
                throw new IllegalStateException("POST /api/articles answered " + response.statusCode() + ": " + response.body());
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("stored %d new, %d already there, in %.1f s (%.1f articles/s)%n", created, existing, seconds,
                corpus.size() / seconds);
    }
}

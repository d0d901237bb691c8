package org.mizan.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Durability of acknowledged writes: the packaged application stores a burst of uploads from eight
 * clients and is killed with SIGKILL in the middle of it; started again on the same data directory it
 * comes up cleanly, and every article that was answered 201 is there with all its claims, and every
 * stored article is whole (as many claims as its analysis gives). Runs as an integration test (failsafe),
 * on the jar {@code package} built, against H2 or, when built for it, PostgreSQL.
 */
class CrashRecoveryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "crash-test-admin";
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
    }

    @Test
    void everyAcknowledgedArticleSurvivesKillNineWholeAndTheServerRestartsCleanly() throws Exception {
        Path data = Path.of("target", "crash-it-data");
        deleteTree(data);
        Files.createDirectories(data);
        int port = freePort();
        String base = "http://127.0.0.1:" + port + "/";

        server = start(data, port, "first");
        List<WrittenCorpus.Item> burst = burst();
        Map<Long, Integer> acknowledged = new ConcurrentHashMap<>();
        CountDownLatch enough = new CountDownLatch(burst.size() / 3);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (WrittenCorpus.Item item : burst) {
            clients.submit(() -> {
                try {
                    HttpResponse<String> r = post(base, item);
                    if (r.statusCode() == 201) {
                        JsonNode body = JSON.readTree(r.body());
                        acknowledged.put(body.path("id").asLong(), body.path("claims").size());
                        enough.countDown();
                    }
                } catch (IOException | InterruptedException e) {
                    // The server was killed under this request: it was never acknowledged.
                }
                return null;
            });
        }
        assertThat(enough.await(300, TimeUnit.SECONDS)).as("a third of the burst stored before the kill").isTrue();
        server.destroyForcibly();
        server.waitFor(30, TimeUnit.SECONDS);
        Map<Long, Integer> answered = Map.copyOf(acknowledged);
        clients.shutdownNow();
        clients.awaitTermination(60, TimeUnit.SECONDS);
        assertThat(answered.size()).isLessThan(burst.size());

        server = start(data, port, "second");
        for (Map.Entry<Long, Integer> a : answered.entrySet()) {
            HttpResponse<String> r = get(base + "api/articles/" + a.getKey());
            assertThat(r.statusCode()).as("article %d was answered 201", a.getKey()).isEqualTo(200);
            JsonNode claims = JSON.readTree(r.body()).path("claims");
            assertThat(claims.size()).as("claims of article %d", a.getKey()).isEqualTo(a.getValue());
            for (JsonNode claim : claims) {
                assertThat(get(base + "api/claims/" + claim.path("id").asLong()).statusCode()).isEqualTo(200);
            }
        }
        int linked = 0;
        Set<String> outlets = burst.stream().map(WrittenCorpus.Item::outlet).collect(Collectors.toSet());
        for (JsonNode summary : JSON.readTree(get(base + "api/articles?limit=1000").body())) {
            if (!outlets.contains(summary.path("outlet").asText())) {
                continue; // on a shared PostgreSQL, rows of earlier test classes may be there too
            }
            JsonNode article = JSON.readTree(get(base + "api/articles/" + summary.path("id").asLong()).body());
            Map<String, String> request = Map.of("text", article.path("text").asText(), "publishedOn",
                    article.path("publishedOn").asText(), "outlet", article.path("outlet").asText());
            JsonNode analysis = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "api/analyze"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))).body());
            assertThat(article.path("claims").size()).as("article %s is whole", summary.path("id")).isEqualTo(analysis.path("claims").size());
            for (JsonNode claim : article.path("claims")) {
                linked += JSON.readTree(get(base + "api/claims/" + claim.path("id").asLong()).body()).path("links").size();
            }
        }
        assertThat(linked).as("the stored articles' links survived with them").isPositive();
    }

    /** The written corpus twice over (the second time with a closing line, so a different text): 48 articles. */
    private static List<WrittenCorpus.Item> burst() {
        List<WrittenCorpus.Item> out = new ArrayList<>();
        for (WrittenCorpus.Item item : WrittenCorpus.items()) {
            out.add(item);
            out.add(new WrittenCorpus.Item(item.title(), item.text() + "\nوتابع مراسلنا تفاصيل الجلسة من القاعة.", item.outlet(), item.publishedOn()));
        }
        return out;
    }

    private Process start(Path data, int port, String name) throws Exception {
        String jar = System.getProperty("mizan.app.jar", "target/quarkus-app/quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(javaBinary(), "-Xmx512m", "-jar", jar)
                .redirectErrorStream(true)
                .redirectOutput(data.resolveSibling("crash-it-" + name + ".log").toFile());
        builder.environment().put("MIZAN_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("MIZAN_ADMIN_PASSWORD", PASSWORD);
        builder.environment().put("MIZAN_LOAD_SEEDS", "false");
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("server %s is running (see target/crash-it-%s.log)", name, name).isTrue();
            try {
                if (get("http://127.0.0.1:" + port + "/q/health/ready").statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("server " + name + " not ready within 180 s");
    }

    private HttpResponse<String> post(String base, WrittenCorpus.Item item) throws IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("text", item.text());
        body.put("outlet", item.outlet());
        body.put("publishedOn", item.publishedOn().toString());
        return send(HttpRequest.newBuilder(URI.create(base + "api/articles")).header("Authorization", AUTH)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}

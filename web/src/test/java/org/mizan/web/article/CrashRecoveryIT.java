package org.mizan.web.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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

    private AppProcess server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyAcknowledgedArticleSurvivesKillNineWholeAndTheServerRestartsCleanly() throws Exception {
        Path data = Path.of("target", "crash-it-data");
        deleteTree(data);
        Files.createDirectories(data);
        int port = AppProcess.freePort();

        server = AppProcess.start(data, port, "crash-first");
        AppProcess first = server;
        List<WrittenCorpus.Item> burst = burst();
        Map<Long, Integer> acknowledged = new ConcurrentHashMap<>();
        CountDownLatch enough = new CountDownLatch(burst.size() / 3);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (WrittenCorpus.Item item : burst) {
            clients.submit(() -> {
                try {
                    HttpResponse<String> r = first.post(item);
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
        first.kill();
        Map<Long, Integer> answered = Map.copyOf(acknowledged);
        clients.shutdownNow();
        clients.awaitTermination(60, TimeUnit.SECONDS);
        assertThat(answered.size()).isLessThan(burst.size());

        server = AppProcess.start(data, port, "crash-second");
        for (Map.Entry<Long, Integer> a : answered.entrySet()) {
            HttpResponse<String> r = server.get("api/articles/" + a.getKey());
            assertThat(r.statusCode()).as("article %d was answered 201", a.getKey()).isEqualTo(200);
            JsonNode claims = JSON.readTree(r.body()).path("claims");
            assertThat(claims.size()).as("claims of article %d", a.getKey()).isEqualTo(a.getValue());
            for (JsonNode claim : claims) {
                assertThat(server.get("api/claims/" + claim.path("id").asLong()).statusCode()).isEqualTo(200);
            }
        }
        int linked = 0;
        Set<String> outlets = burst.stream().map(WrittenCorpus.Item::outlet).collect(Collectors.toSet());
        List<JsonNode> stored = server.every("api/articles");
        assertThat(stored).as("the stored articles, page by page").hasSizeGreaterThanOrEqualTo(answered.size());
        for (JsonNode summary : stored) {
            if (!outlets.contains(summary.path("outlet").asText())) {
                continue; // on a shared PostgreSQL, rows of earlier test classes may be there too
            }
            JsonNode article = JSON.readTree(server.get("api/articles/" + summary.path("id").asLong()).body());
            Map<String, String> request = Map.of("text", article.path("text").asText(), "publishedOn",
                    article.path("publishedOn").asText(), "outlet", article.path("outlet").asText());
            JsonNode analysis = JSON.readTree(server.send(HttpRequest.newBuilder(URI.create(server.base + "api/analyze"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request)))).body());
            assertThat(article.path("claims").size()).as("article %s is whole", summary.path("id")).isEqualTo(analysis.path("claims").size());
            for (JsonNode claim : article.path("claims")) {
                linked += JSON.readTree(server.get("api/claims/" + claim.path("id").asLong()).body()).path("links").size();
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

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}

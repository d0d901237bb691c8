package org.mizan.web.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (the jar {@code package} built) as a child process on 127.0.0.1, for the
 * integration tests that kill it or run two of it; its database settings come from this environment
 * (H2 in the given data directory, or PostgreSQL when built for it), its log beside the data directory.
 */
final class AppProcess implements AutoCloseable {

    static final String PASSWORD = "it-admin-password";
    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Process process;
    final String base;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port + "/";
    }

    /** Starts the jar and waits until it is ready (at most 180 s). */
    static AppProcess start(Path data, int port, String name) throws Exception {
        String jar = System.getProperty("mizan.app.jar", "target/quarkus-app/quarkus-run.jar");
        Path log = data.resolveSibling("it-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("MIZAN_DATA_DIR", data.toAbsolutePath().toString());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        builder.environment().put("MIZAN_ADMIN_PASSWORD", PASSWORD);
        builder.environment().put("MIZAN_LOAD_SEEDS", "false");
        AppProcess app = new AppProcess(builder.start(), port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!app.process.isAlive()) {
                throw new AssertionError("server " + name + " stopped while starting: see " + log);
            }
            try {
                if (app.get("q/health/ready").statusCode() == 200) {
                    return app;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        app.close();
        throw new AssertionError("server " + name + " not ready within 180 s: see " + log);
    }

    static boolean postgresql() {
        return "postgresql".equalsIgnoreCase(System.getenv("MIZAN_DB_KIND"));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    HttpResponse<String> post(WrittenCorpus.Item item) throws IOException, InterruptedException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("text", item.text());
        body.put("outlet", item.outlet());
        body.put("publishedOn", item.publishedOn().toString());
        return send(HttpRequest.newBuilder(URI.create(base + "api/articles")).header("Authorization", AUTH)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Every item of a paged API list ({items, next}), following the cursor page by page. */
    List<JsonNode> every(String path) throws IOException, InterruptedException {
        List<JsonNode> out = new ArrayList<>();
        String page = path + "?limit=100";
        while (page != null) {
            JsonNode slice = JSON.readTree(get(page).body());
            slice.path("items").forEach(out::add);
            String next = slice.path("next").asText("");
            page = next.isEmpty() ? null : path + "?limit=100&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
        }
        return out;
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL: no shutdown hook, no last write. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}

package org.mizan.web.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site started by a test on a loopback address and a free port (the JDK's HTTP server): pages,
 * feeds, redirects, a page that answers too slowly and one that never stops sending.
 */
public final class LocalSite implements AutoCloseable {

    private interface Answer {
        void send(HttpExchange exchange) throws IOException;
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    public LocalSite() {
        this("127.0.0.1");
    }

    public LocalSite(String address) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-site");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getRawPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Answer answer = answers.get(path);
            try (exchange) {
                if (answer == null) {
                    exchange.sendResponseHeaders(404, -1);
                } else {
                    answer.send(exchange);
                }
            } catch (IOException e) {
                // The client hung up (a time-out or a size limit on its side): expected in these tests.
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + path;
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    public LocalSite page(String path, String contentType, byte[] body) {
        answers.put(path, exchange -> {
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        });
        return this;
    }

    public LocalSite html(String path, String html) {
        return page(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public LocalSite status(String path, int status) {
        answers.put(path, exchange -> exchange.sendResponseHeaders(status, -1));
        return this;
    }

    public LocalSite redirect(String path, String location) {
        answers.put(path, exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(302, -1);
        });
        return this;
    }

    /** Headers at once, then the body only after {@code millis}. */
    public LocalSite slow(String path, long millis) {
        answers.put(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseBody().write("<p>متأخر جدا</p>".getBytes(StandardCharsets.UTF_8));
        });
        return this;
    }

    /** An HTML page of {@code bytes} bytes, chunked, with no Content-Length to warn the client. */
    public LocalSite huge(String path, long bytes) {
        answers.put(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = "<p>نص طويل يتكرر بلا نهاية في صفحة ضخمة.</p>\n".repeat(200).getBytes(StandardCharsets.UTF_8);
            OutputStream out = exchange.getResponseBody();
            for (long sent = 0; sent < bytes; sent += chunk.length) {
                out.write(chunk);
            }
        });
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

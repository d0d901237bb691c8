package org.mizan.web.fetch;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches one page or feed from another site, defensively: only http and https; every redirect followed
 * by hand and checked again like the first address, at most {@code maxRedirects} of them; each host
 * resolved once by the {@link AddressGuard} and connected to at exactly that address (the name still goes
 * in the Host header and TLS SNI); connect and read time-outs plus one deadline for the whole fetch; the
 * content type checked before the body is read; the body read as a stream and abandoned past
 * {@code maxBytes}. Blocking: call it from a worker thread, never the event loop. Thread-safe.
 */
public final class PageFetcher {

    /** Content types of article pages. */
    public static final List<String> PAGE_TYPES = List.of("text/html", "application/xhtml+xml", "text/plain");
    /** Content types of RSS and Atom feeds (sites also serve them as plain XML, or even as text/html). */
    public static final List<String> FEED_TYPES = List.of("application/rss+xml", "application/atom+xml",
            "application/xml", "text/xml", "application/rdf+xml", "text/html", "text/plain");

    private final HttpClient client;
    private final AddressGuard guard;
    private final FetchConfig config;

    public PageFetcher(Vertx vertx, AddressGuard guard, FetchConfig config) {
        this.guard = guard;
        this.config = config;
        // No keep-alive: every hop is a fresh connection to the address just checked.
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(false).setMaxPoolSize(16)
                .setConnectTimeout((int) config.connectTimeout().toMillis()).setVerifyHost(true).setDecompressionSupported(true));
    }

    public FetchedPage fetch(String url, List<String> acceptedTypes) {
        long deadline = System.nanoTime() + config.deadline().toNanos();
        URI uri = parse(url);
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            InetAddress address = guard.resolve(uri.getHost());
            Response response = get(uri, address, acceptedTypes, deadline);
            if (response.location() == null) {
                return new FetchedPage(uri, response.contentType(), response.body());
            }
            try {
                uri = parse(uri.resolve(response.location().strip()).toString());
            } catch (IllegalArgumentException e) {
                throw FetchException.upstream("The site redirected to a malformed address: " + response.location());
            }
        }
        throw FetchException.upstream("The site redirected more than " + config.maxRedirects() + " times.");
    }

    /** An absolute http(s) address with a host, or a 422. */
    public static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw FetchException.refused("Give the address of the page (url).");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw FetchException.refused("The address is malformed: " + e.getReason() + ".");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw FetchException.refused("Only http:// and https:// addresses with a host name (and no user name) are fetched.");
        }
        return uri;
    }

    private record Response(String location, String contentType, byte[] body) {
    }

    private Response get(URI uri, InetAddress address, List<String> acceptedTypes, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw FetchException.upstream("The site did not answer within " + seconds(config.deadline()) + ".");
        }
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(uri.getHost()).setPort(port)
                .setSsl(https).setURI(path).setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                .setFollowRedirects(false).setConnectTimeout(config.connectTimeout().toMillis())
                .setIdleTimeout(config.readTimeout().toMillis())
                .putHeader("User-Agent", config.userAgent())
                .putHeader("Accept", String.join(", ", acceptedTypes) + ", */*;q=0.1");
        CompletableFuture<Response> result = new CompletableFuture<>();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        client.request(options).onFailure(result::completeExceptionally).onSuccess(request -> {
            sent.set(request);
            request.send().onFailure(result::completeExceptionally).onSuccess(response -> read(response, acceptedTypes, result));
        });
        try {
            return result.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abort(sent.get());
            throw FetchException.upstream("The site did not answer within " + seconds(config.deadline()) + ".");
        } catch (InterruptedException e) {
            abort(sent.get());
            Thread.currentThread().interrupt();
            throw FetchException.upstream("The fetch was interrupted.");
        } catch (ExecutionException e) {
            abort(sent.get());
            if (e.getCause() instanceof FetchException f) {
                throw f;
            }
            String why = e.getCause() == null || e.getCause().getMessage() == null ? "connection failed" : e.getCause().getMessage();
            throw FetchException.upstream("Could not read " + uri.getHost() + ": " + why + ".");
        }
    }

    private void read(HttpClientResponse response, List<String> acceptedTypes, CompletableFuture<Response> result) {
        int status = response.statusCode();
        String location = response.getHeader("Location");
        if (status >= 300 && status < 400 && location != null) {
            discard(response);
            result.complete(new Response(location, null, null));
            return;
        }
        if (status >= 400 || status < 200 || status >= 300) {
            discard(response);
            result.completeExceptionally(FetchException.upstream("The site answered HTTP " + status + "."));
            return;
        }
        String contentType = response.getHeader("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.isEmpty() && !acceptedTypes.contains(mediaType)) {
            discard(response);
            result.completeExceptionally(FetchException.upstream("The site sent " + mediaType + ", not " + String.join(" or ", acceptedTypes) + "."));
            return;
        }
        int max = config.maxBytes();
        String declared = response.getHeader("Content-Length");
        if (declared != null && declared.strip().matches("\\d{1,18}") && Long.parseLong(declared.strip()) > max) {
            discard(response);
            result.completeExceptionally(tooLarge(max));
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        response.handler((Buffer chunk) -> {
            if (result.isDone()) {
                return;
            }
            if (body.size() + chunk.length() > max) {
                result.completeExceptionally(tooLarge(max));
                response.request().reset();
                return;
            }
            body.writeBytes(chunk.getBytes());
        });
        // After a reset of ours the stream reports the reset: the result is settled by then, so it is ignored.
        response.exceptionHandler(result::completeExceptionally);
        response.endHandler(v -> result.complete(new Response(null, contentType, body.toByteArray())));
    }

    /** Drops a response whose body is not wanted: the connection is closed, and its reset is expected. */
    private static void discard(HttpClientResponse response) {
        response.exceptionHandler(ignored -> { });
        response.request().reset();
    }

    private static FetchException tooLarge(int max) {
        return FetchException.upstream("The page is larger than " + max + " bytes; Mizan stopped reading it.");
    }

    private static void abort(HttpClientRequest request) {
        if (request != null) {
            request.reset();
        }
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }

    public void close() {
        client.close();
    }
}

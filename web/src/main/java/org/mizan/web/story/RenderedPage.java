package org.mizan.web.story;

import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A page rendered once and served many times: its UTF-8 bytes, the same bytes gzipped (a browser asks for
 * gzip on every request, and compressing 70 KB on each one cost the server fifteen times what sending it
 * did), and an entity tag drawn from the content, so a browser revalidating an unchanged page is answered
 * 304 without a body.
 */
public record RenderedPage(Buffer html, Buffer gzipped, String etag) {

    /**
     * A page answered once and dropped (the page caches off, an address too long to keep): the plain bytes
     * only — no digest for a tag nobody can revalidate against, and gzip, at the default level, only if the
     * one request asks for it.
     */
    public static RenderedPage once(String html) {
        return new RenderedPage(Buffer.buffer(html.getBytes(StandardCharsets.UTF_8)), null, null);
    }

    public static RenderedPage of(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        // Vert.x buffers are written as they are, however many responses share them: no copy per request.
        // Weak tag: the plain and gzipped bytes are the same page, so one tag answers for both.
        return new RenderedPage(Buffer.buffer(bytes), Buffer.buffer(gzip(bytes, Deflater.BEST_COMPRESSION)), "W/\"" + digest(bytes) + "\"");
    }

    /** The bytes to send: gzipped when the client accepts gzip. */
    public Buffer body(boolean gzip) {
        if (!gzip) {
            return html;
        }
        return gzipped != null ? gzipped : Buffer.buffer(gzip(html.getBytes(), Deflater.DEFAULT_COMPRESSION));
    }

    private static byte[] gzip(byte[] bytes, int level) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 8 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(level);
            }
        }) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

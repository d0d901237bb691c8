package org.mizan.web.story;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * What a request's headers ask of a page held in memory: the gzipped bytes or the plain ones, and whether
 * the copy the browser already has is still the current one.
 */
public final class PageNegotiation {

    private PageNegotiation() {
    }

    /**
     * True when Accept-Encoding names gzip (or any coding, "*") without refusing it by q=0. A request may
     * carry the header more than once: its lines read as one comma-separated list.
     */
    public static boolean acceptsGzip(List<String> acceptEncoding) {
        return acceptEncoding != null && acceptsGzip(String.join(",", acceptEncoding));
    }

    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        boolean any = false;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].trim().toLowerCase(Locale.ROOT);
                if (param.startsWith("q=")) {
                    refused = isZero(param.substring(2).trim());
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return !refused;
            }
            if (coding.equals("*")) {
                any = !refused;
            }
        }
        return any;
    }

    /**
     * True when If-None-Match lists this entity tag or is "*": the browser's copy is current. Compared
     * weakly, as RFC 9110 has it for If-None-Match, so W/"x" and "x" are the same tag.
     */
    public static boolean stillCurrent(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        String wanted = opaque(etag);
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || opaque(t).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The headers of every answer with a held page, 200 or 304: its tag (none for a page answered once), revalidate before each use (a change
     * to the corpus shows at the next visit), and that the bytes depend on Accept-Encoding.
     */
    public static void headers(RenderedPage page, boolean gzip, BiConsumer<String, String> header) {
        if (page.etag() != null) {
            header.accept("ETag", page.etag());
        }
        header.accept("Cache-Control", "no-cache");
        header.accept("Vary", "Accept-Encoding");
        if (gzip) {
            header.accept("Content-Encoding", "gzip");
        }
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    private static boolean isZero(String q) {
        try {
            return Double.parseDouble(q) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}

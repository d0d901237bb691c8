package org.mizan.web.security;

import java.net.URI;
import java.net.URISyntaxException;

/** What Mizan accepts as a web address from a person (an article's source, a review's sources). */
public final class WebAddress {

    private WebAddress() {
    }

    /** An absolute http(s) address with a host: never {@code javascript:}, {@code file:} or a bare path. */
    public static boolean isWeb(String s) {
        try {
            URI uri = new URI(s);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

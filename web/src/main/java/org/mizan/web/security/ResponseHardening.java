package org.mizan.web.security;

import io.vertx.core.MultiMap;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Response headers of every request, fixed just before they are sent: redirects to this server become
 * relative (the Host header, which the sender chooses, never ends up in a Location), every cookie gets
 * {@code SameSite=Strict} unless it says otherwise, and {@code Secure} when the request came over TLS (or
 * through a trusted proxy that says so) or {@code mizan.security.secure-cookies} is set. Admin pages are
 * never cached.
 */
@ApplicationScoped
public class ResponseHardening {

    @Inject
    SecuritySettings settings;

    void apply(RoutingContext rc) {
        rc.addHeadersEndHandler(v -> {
            MultiMap headers = rc.response().headers();
            String location = headers.get("Location");
            if (location != null) {
                headers.set("Location", sameOriginRelative(location, rc.request().getHeader("Host")));
            }
            boolean secure = settings.secureCookies() || rc.request().isSSL();
            // Cookies set through Vert.x (session, CSRF) are written after this handler: fixed on the objects.
            for (Cookie cookie : rc.request().cookies()) {
                if (cookie instanceof ServerCookie set && !set.isFromUserAgent()) {
                    if (cookie.getSameSite() == null) {
                        cookie.setSameSite(CookieSameSite.STRICT);
                    }
                    cookie.setSecure(cookie.isSecure() || secure);
                }
            }
            // Cookies set as headers (Quarkus REST's NewCookie): fixed in the text.
            List<String> cookies = headers.getAll("Set-Cookie");
            if (!cookies.isEmpty()) {
                List<String> hardened = new ArrayList<>(cookies.size());
                for (String cookie : cookies) {
                    hardened.add(harden(cookie, secure));
                }
                headers.remove("Set-Cookie");
                headers.add("Set-Cookie", hardened);
            }
            if (PathRules.startsWithSegment(rc.request().path(), "/admin")) {
                headers.set("Cache-Control", "no-store");
            }
        });
    }

    /** An absolute URL on the server the request named becomes its path and query; any other stays. */
    static String sameOriginRelative(String location, String host) {
        try {
            URI uri = new URI(location);
            if (uri.isAbsolute() && host != null && host.equalsIgnoreCase(uri.getRawAuthority())) {
                String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            }
        } catch (java.net.URISyntaxException e) {
            // not ours to repair
        }
        return location;
    }

    static String harden(String cookie, boolean secure) {
        String lower = cookie.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(cookie);
        if (!lower.contains("samesite=")) {
            out.append("; SameSite=Strict");
        }
        if (secure && !lower.matches("(?s).*;\\s*secure\\s*(;.*)?")) {
            out.append("; Secure");
        }
        return out.toString();
    }
}

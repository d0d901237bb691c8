package org.mizan.web.security;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.mizan.web.error.ErrorReplies;

/**
 * The first handler of every request, before the body is read and before authentication: refuses paths
 * that are not canonical ({@link PathRules}, 404) and malformed negotiation headers ({@link HeaderRules},
 * 400); lets a page write through only as a form, where the CSRF filter finds (or misses) its token (403);
 * answers 429 to a sender the {@link LoginThrottle} holds back; applies the {@link AnalysisLimits}; and has
 * {@link ResponseHardening} fix the response headers.
 */
@ApplicationScoped
public class RequestGuard {

    static final String LOGIN = "/j_security_check";
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data";

    @Inject
    LoginThrottle logins;
    @Inject
    AnalysisLimits analysis;
    @Inject
    ResponseHardening hardening;

    void install(@Observes @Priority(1) Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::guard);
    }

    void guard(RoutingContext rc) {
        hardening.apply(rc);
        String path = rc.request().path();
        Optional<String> badPath = PathRules.problem(path);
        if (badPath.isPresent()) {
            ErrorReplies.send(rc, 404, "not found", badPath.get());
            return;
        }
        Optional<String> badQuery = PathRules.queryProblem(rc.request().query());
        if (badQuery.isPresent()) {
            ErrorReplies.send(rc, 400, "malformed query", badQuery.get());
            return;
        }
        for (String header : new String[] {"Accept", "Accept-Language"}) {
            for (String value : rc.request().headers().getAll(header)) {
                Optional<String> bad = HeaderRules.problem(header, value);
                if (bad.isPresent()) {
                    ErrorReplies.send(rc, 400, "malformed header", bad.get());
                    return;
                }
            }
        }
        if (refusedLogin(rc) || (WRITES.contains(rc.request().method()) && (refusedWrite(rc, path) || anonymousApiWrite(rc, path)))) {
            return;
        }
        if (AnalysisLimits.applies(rc) && !analysis.admit(rc)) {
            return;
        }
        rc.next();
    }

    /** A login attempt (form or HTTP Basic) while its address or account is held back: 429. */
    private boolean refusedLogin(RoutingContext rc) {
        String account;
        String authorization = rc.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            account = basicUser(authorization.substring(6).strip());
        } else if (LOGIN.equals(rc.request().path()) && rc.request().method() == HttpMethod.POST) {
            account = org.mizan.web.admin.AdminAccount.USER; // the form's user is in the body, unread yet: the one account
        } else {
            return false;
        }
        long wait = logins.waitFor(LoginThrottle.address(rc), account);
        if (wait > 0) {
            tooMany(rc, wait, "too many failed logins", "Login is refused for a while after repeated failures; try again later.");
            return true;
        }
        return false;
    }

    /**
     * Page writes come only as forms: the CSRF token travels in the form, so a request without one
     * (no Content-Type, JSON, text) would pass the CSRF filter unchecked. The API authenticates every
     * write by header and is left to its own rules.
     */
    private static boolean refusedWrite(RoutingContext rc, String path) {
        if (ErrorReplies.isApi(path)) {
            return false;
        }
        String type = rc.request().getHeader("Content-Type");
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean form = mediaType.equals(FORM) || (mediaType.equals(MULTIPART) && !LOGIN.equals(path));
        if (!form) {
            ErrorReplies.send(rc, LOGIN.equals(path) ? 400 : 403, "form required",
                    LOGIN.equals(path) ? "Log in with the login form." : "Changes are made with the page's form, which carries its CSRF token.");
            return true;
        }
        if (mediaType.equals(MULTIPART) && !type.toLowerCase(Locale.ROOT).contains("boundary=")) {
            ErrorReplies.send(rc, 400, "malformed form", "A multipart form needs its boundary parameter.");
            return true;
        }
        return false;
    }

    /**
     * An API write without credentials: 401 with the JSON error body here, where the security layer's
     * own challenge would have none. Every API write but the open analyses needs the admin; the path
     * policy and the resource's role check still judge the credentials that are sent.
     */
    private static boolean anonymousApiWrite(RoutingContext rc, String path) {
        if (!ErrorReplies.isApi(path) || AnalysisLimits.PATHS.contains(path) || rc.request().getHeader("Authorization") != null) {
            return false;
        }
        ErrorReplies.unauthorized(rc);
        return true;
    }

    static void tooMany(RoutingContext rc, long waitMillis, String error, String detail) {
        rc.response().putHeader("Retry-After", String.valueOf(Math.max(1, (waitMillis + 999) / 1000)));
        ErrorReplies.send(rc, 429, error, detail);
    }

    private static String basicUser(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.mizan.web.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.mizan.web.error.ErrorReplies;

/**
 * The open analysis endpoints cost CPU for anyone who asks: each address gets
 * {@code mizan.security.api-requests-per-minute} of them (then 429 with Retry-After), and each request is
 * answered within {@code mizan.security.api-timeout} (503 when the analysis is not done by then).
 */
@ApplicationScoped
public class AnalysisLimits {

    static final Set<String> PATHS = Set.of("/api/analyze", "/api/compare");

    @Inject
    SecuritySettings settings;

    private SlidingWindow requests;

    @PostConstruct
    void init() {
        requests = new SlidingWindow(settings.apiRequestsPerMinute(), 60_000, 0, System::currentTimeMillis);
    }

    static boolean applies(RoutingContext rc) {
        return PATHS.contains(rc.request().path());
    }

    /** Admits the request (true) with its deadline set, or answers 429 (false). */
    boolean admit(RoutingContext rc) {
        long wait = requests.tryAcquire(LoginThrottle.address(rc));
        if (wait > 0) {
            RequestGuard.tooMany(rc, wait, "too many requests",
                    "At most " + settings.apiRequestsPerMinute() + " analyses a minute from one address; try again later.");
            return false;
        }
        long timeout = settings.apiTimeout().toMillis();
        long timer = rc.vertx().setTimer(Math.max(1, timeout), id -> {
            if (!rc.response().headWritten()) {
                rc.response().putHeader("Retry-After", "60");
                ErrorReplies.send(rc, 503, "analysis timed out",
                        "The analysis took longer than " + timeout + " ms and was abandoned; send a shorter text.");
            }
        });
        rc.addEndHandler(done -> rc.vertx().cancelTimer(timer));
        return true;
    }
}

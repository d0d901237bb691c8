package org.mizan.web.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and flags of org.mizan.web.security (application.properties, prefix {@code mizan.security}). */
@ConfigMapping(prefix = "mizan.security")
public interface SecuritySettings {

    /** Mark every cookie {@code Secure} even on a plain-HTTP request (TLS ends at a proxy not trusted for X-Forwarded-Proto). */
    @WithDefault("false")
    boolean secureCookies();

    /** Failed logins from one address, or for one account, within {@link #loginWindow()} before login is refused. */
    @WithDefault("10")
    int loginFailures();

    @WithDefault("PT1M")
    Duration loginWindow();

    /** How long login stays refused (429) once the failures were reached. */
    @WithDefault("PT5M")
    Duration loginLockout();

    /** Requests to the open analysis API (/api/analyze, /api/compare) per address per minute. */
    @WithDefault("60")
    int apiRequestsPerMinute();

    /** Longest time one analysis request may take before it is answered 503. */
    @WithDefault("PT30S")
    Duration apiTimeout();

    /** The session cookie's key (env MIZAN_SESSION_KEY); absent: the data directory's key file ({@link SessionKeySource}). */
    java.util.Optional<String> sessionKey();

    /** Longest life of an admin session, however active; logout ends it sooner. */
    @WithDefault("PT12H")
    Duration sessionLifetime();
}

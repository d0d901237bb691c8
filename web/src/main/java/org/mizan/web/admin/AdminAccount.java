package org.mizan.web.admin;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.mizan.web.MizanConfig;
import org.mizan.web.security.Digests;
import org.mizan.web.security.LoginThrottle;
import org.mizan.web.security.SessionRegistry;

/**
 * The one admin account: user {@value #USER}, password from {@code mizan.admin-password} (env
 * MIZAN_ADMIN_PASSWORD), at least {@value #MIN_PASSWORD_CHARS} characters. Serves both the login form, where
 * a successful login opens a server-side session ({@link SessionRegistry}), and HTTP Basic. Failures count
 * towards the {@link LoginThrottle}. Without a (long enough) password nobody is admin.
 */
@ApplicationScoped
public class AdminAccount implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    public static final String USER = "admin";
    public static final String ROLE = "admin";
    public static final int MIN_PASSWORD_CHARS = 12;

    private static final Logger LOG = Logger.getLogger(AdminAccount.class);

    @Inject
    MizanConfig config;
    @Inject
    LoginThrottle throttle;
    @Inject
    SessionRegistry sessions;

    void announce(@Observes StartupEvent event) {
        Optional<String> configured = config.adminPassword().filter(p -> !p.isBlank());
        if (configured.isEmpty()) {
            LOG.warn("admin login is disabled: set MIZAN_ADMIN_PASSWORD to enable uploads and deletions");
        } else if (password().isEmpty()) {
            LOG.error("admin login is disabled: MIZAN_ADMIN_PASSWORD has " + configured.get().length()
                    + " characters, at least " + MIN_PASSWORD_CHARS + " are required");
        } else {
            LOG.info("admin login is enabled for user \"" + USER + "\"");
        }
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
                                              AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = LoginThrottle.address(rc);
        if (!accepts(request.getUsername(), new String(request.getPassword().getPassword()))) {
            throttle.failed(address, request.getUsername());
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        throttle.succeeded(address);
        boolean formLogin = rc != null && rc.request().path().endsWith("/j_security_check");
        // Opening a session writes the session file: off the I/O thread.
        return context.runBlocking(() -> identity(formLogin ? sessions.open(USER) : USER));
    }

    /** The admin's identity under {@code name}: the user, or the user with a session (see {@link SessionRegistry}). */
    static SecurityIdentity identity(String name) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name)).addRole(ROLE).build();
    }

    /** Whether admin login is possible at all: a password of at least {@value #MIN_PASSWORD_CHARS} characters is set. */
    public boolean enabled() {
        return password().isPresent();
    }

    /** Whether a session issued to {@code user} still stands: only while an admin password is set. */
    boolean acceptsSession(String user) {
        return enabled() && USER.equals(user);
    }

    /** Both compared as digests in constant time, so neither length nor content leaks through timing. */
    boolean accepts(String user, String password) {
        Optional<String> expected = password();
        if (expected.isEmpty() || user == null || password == null) {
            return false;
        }
        boolean userMatches = MessageDigest.isEqual(Digests.sha256(USER), Digests.sha256(user));
        boolean passwordMatches = MessageDigest.isEqual(Digests.sha256(expected.get()), Digests.sha256(password));
        return userMatches & passwordMatches;
    }

    private Optional<String> password() {
        return config.adminPassword().filter(p -> !p.isBlank() && p.length() >= MIN_PASSWORD_CHARS);
    }
}

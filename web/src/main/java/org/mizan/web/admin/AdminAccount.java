package org.mizan.web.admin;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.mizan.web.MizanConfig;

/**
 * The one admin account: user {@value #USER}, password from {@code mizan.admin-password} (env
 * MIZAN_ADMIN_PASSWORD). Serves both the login form and HTTP Basic. Without a password nobody is admin.
 */
@ApplicationScoped
public class AdminAccount implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    public static final String USER = "admin";
    public static final String ROLE = "admin";

    private static final Logger LOG = Logger.getLogger(AdminAccount.class);

    @Inject
    MizanConfig config;

    void announce(@Observes StartupEvent event) {
        if (password().isEmpty()) {
            LOG.warn("admin login is disabled: set MIZAN_ADMIN_PASSWORD to enable uploads and deletions");
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
        if (!accepts(request.getUsername(), new String(request.getPassword().getPassword()))) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return Uni.createFrom().item(identity());
    }

    /** The admin's identity, once the password was checked (now, or at login for a session cookie). */
    static SecurityIdentity identity() {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(USER)).addRole(ROLE).build();
    }

    /** Whether a session issued to {@code user} still stands: only while an admin password is set. */
    boolean acceptsSession(String user) {
        return password().isPresent() && USER.equals(user);
    }

    /** Both compared as digests in constant time, so neither length nor content leaks through timing. */
    boolean accepts(String user, String password) {
        Optional<String> expected = password();
        if (expected.isEmpty() || user == null || password == null) {
            return false;
        }
        boolean userMatches = MessageDigest.isEqual(digest(USER), digest(user));
        boolean passwordMatches = MessageDigest.isEqual(digest(expected.get()), digest(password));
        return userMatches & passwordMatches;
    }

    private Optional<String> password() {
        return config.adminPassword().filter(p -> !p.isBlank());
    }

    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

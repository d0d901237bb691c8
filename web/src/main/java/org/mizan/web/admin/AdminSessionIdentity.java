package org.mizan.web.admin;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mizan.web.security.SessionRegistry;

/**
 * Restores the admin from the login form's session cookie. The cookie is encrypted by Quarkus and names
 * the user and the session opened at login; it stands only while that session is live on the server
 * (logout ends it) and an admin password is set.
 */
@ApplicationScoped
public class AdminSessionIdentity implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    AdminAccount account;
    @Inject
    SessionRegistry sessions;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        String name = request.getPrincipal();
        if (name == null || !account.acceptsSession(SessionRegistry.user(name)) || !sessions.isLive(name)) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return Uni.createFrom().item(AdminAccount.identity(name));
    }
}

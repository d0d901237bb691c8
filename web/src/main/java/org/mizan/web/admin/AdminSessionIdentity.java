package org.mizan.web.admin;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Restores the admin from the login form's session cookie: the cookie is encrypted by Quarkus and
 * names the user whose password was checked at login, so only the name is checked here.
 */
@ApplicationScoped
public class AdminSessionIdentity implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    AdminAccount account;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!account.acceptsSession(request.getPrincipal())) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return Uni.createFrom().item(AdminAccount.identity());
    }
}

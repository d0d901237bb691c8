package org.mizan.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mizan.web.i18n.UiLanguage;
import org.mizan.web.security.SessionRegistry;

/**
 * {@code /login}: the admin's login form, posted to Quarkus form authentication
 * ({@code /j_security_check}); {@code /logout} ends the session on the server and forgets its cookie.
 */
@Path("/")
public class LoginResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed, boolean enabled);
    }

    @Inject
    UiLanguage ui;
    @Inject
    AdminAccount account;
    @Inject
    SecurityIdentity identity;
    @Inject
    SessionRegistry sessions;
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String sessionCookie;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance login(@QueryParam("error") String error) {
        return Templates.login(error != null, account.enabled()).setLocale(ui.locale());
    }

    @POST
    @Path("logout")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response logout() {
        if (!identity.isAnonymous()) {
            sessions.close(identity.getPrincipal().getName());
        }
        NewCookie expired = new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/")).cookie(expired).build();
    }
}

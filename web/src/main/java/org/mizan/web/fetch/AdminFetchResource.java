package org.mizan.web.fetch;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.mizan.ingest.RejectedInputException;
import org.mizan.web.admin.AdminAccount;
import org.mizan.web.error.BadInputException;
import org.mizan.web.i18n.UiLanguage;

/**
 * The URL field of the admin's upload page: fetch and store, then 303 to the stored article; when the
 * page cannot be had, the reason, with the status the API would give.
 */
@Path("/admin/fetch")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AdminAccount.ROLE)
public class AdminFetchResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance failed(String url, String error, String detail);
    }

    @Inject
    ArticleIntake intake;
    @Inject
    SecurityIdentity identity;
    @Inject
    UiLanguage ui;

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response fetch(@RestForm String url, @RestForm String outlet) {
        try {
            ArticleIntake.Intake stored = intake.fetchAndStore(url, outlet, identity.getPrincipal().getName(), "fetch");
            return Response.seeOther(URI.create("/articles/" + stored.articleId())).build();
        } catch (BadInputException e) {
            return failed(e.status(), url, e.getMessage(), e.detail());
        } catch (RejectedInputException e) {
            return failed(413, url, "article rejected", e.getMessage());
        }
    }

    private Response failed(int status, String url, String error, String detail) {
        return Response.status(status).entity(Templates.failed(url == null ? "" : url, error, detail).setLocale(ui.locale())).build();
    }
}

package org.mizan.web.feed;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.mizan.web.admin.AdminAccount;
import org.mizan.web.error.BadInputException;
import org.mizan.web.i18n.UiLanguage;

/**
 * /admin/feeds: the followed feeds, a form to add one, and buttons to poll or remove each. Every POST
 * carries the CSRF token and answers 303, except an add with errors, shown again with them (422).
 */
@Path("/admin/feeds")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AdminAccount.ROLE)
public class FeedAdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance feeds(List<FeedView> feeds, String done, String error, String url, String outlet,
                                             String everyMinutes);
    }

    @Inject
    FeedService feeds;
    @Inject
    UiLanguage ui;

    @GET
    public TemplateInstance page(@QueryParam("done") String done) {
        String shown = done == null ? null : switch (done) {
            case "added", "polled", "deleted", "missing", "busy" -> done;
            default -> null;
        };
        return Templates.feeds(feeds.list(), shown, null, "", "", "15").setLocale(ui.locale());
    }

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response add(@RestForm String url, @RestForm String outlet, @RestForm String everyMinutes) {
        try {
            Integer minutes = everyMinutes == null || everyMinutes.isBlank() ? null : Integer.valueOf(everyMinutes.strip());
            feeds.add(url, outlet, minutes);
            return seeOther("/admin/feeds?done=added");
        } catch (BadInputException | NumberFormatException e) {
            String error = e instanceof BadInputException b ? b.detail() : "everyMinutes: " + e.getMessage();
            TemplateInstance page = Templates.feeds(feeds.list(), null, error, url, outlet, everyMinutes).setLocale(ui.locale());
            return Response.status(422).entity(page).build();
        }
    }

    @POST
    @Path("{id}/poll")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response poll(@RestPath long id) {
        try {
            return seeOther("/admin/feeds?done=" + (feeds.poll(id).isPresent() ? "polled" : "missing"));
        } catch (BadInputException busy) {
            return seeOther("/admin/feeds?done=busy");
        }
    }

    @POST
    @Path("{id}/delete")
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA})
    public Response delete(@RestPath long id) {
        return seeOther("/admin/feeds?done=" + (feeds.delete(id) ? "deleted" : "missing"));
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}

package org.mizan.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import org.mizan.web.error.BadInputException;
import org.mizan.web.i18n.UiLanguage;
import org.mizan.web.review.ReviewActs;
import org.mizan.web.review.ReviewPages;
import org.mizan.web.review.ReviewPages.ReviewPage;
import org.mizan.web.review.ReviewRating;
import org.mizan.web.security.SessionRegistry;

/**
 * The editor's review of one claim ({@code /admin/claims/{id}}): rate it, confirm or reject its links,
 * correct its speaker, merge or split that speaker, rename its stories. Behind the admin login like every
 * admin page; each form carries the CSRF token, and each act ({@link ReviewActs}) answers 303 back to the
 * page, or 404/422 with the reason.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(AdminAccount.ROLE)
public class ReviewAdminResource {

    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(ReviewPage page, List<ReviewRating> ratings, String done);
    }

    @Inject
    ReviewPages pages;
    @Inject
    ReviewActs acts;
    @Inject
    SecurityIdentity identity;
    @Inject
    UiLanguage ui;

    @GET
    @Path("claims/{id}")
    public TemplateInstance claim(@RestPath long id, @QueryParam("done") String done) {
        ReviewPage page = pages.page(id).orElseThrow(NotFoundException::new);
        String shown = done != null && done.matches("[a-z-]{1,20}") ? done : null;
        return Templates.review(page, List.of(ReviewRating.values()), shown).setLocale(ui.locale());
    }

    @POST
    @Path("claims/{id}/rating")
    @Consumes(FORM)
    public Response rate(@RestPath long id, @RestForm String rating, @RestForm String explanation, @RestForm String sources) {
        acts.rate(id, rating, explanation, sources, actor());
        return back(id, "rated");
    }

    @POST
    @Path("links/{id}/decision")
    @Consumes(FORM)
    public Response decide(@RestPath long id, @RestForm String decision, @RestForm String claim) {
        long page = claimId(claim);
        acts.decideLink(id, decision, actor());
        return back(page, "link-" + ("reject".equals(decision) ? "rejected" : "confirmed"));
    }

    @POST
    @Path("claims/{id}/speaker")
    @Consumes(FORM)
    public Response speaker(@RestPath long id, @RestForm String speaker) {
        acts.setSpeaker(id, number(speaker, "speaker"), actor());
        return back(id, "speaker");
    }

    @POST
    @Path("speakers/{id}/merge")
    @Consumes(FORM)
    public Response merge(@RestPath long id, @RestForm String into, @RestForm String claim) {
        long page = claimId(claim);
        acts.mergeSpeakers(id, number(into, "into"), actor());
        return back(page, "merged");
    }

    @POST
    @Path("speakers/{id}/split")
    @Consumes(FORM)
    public Response split(@RestPath long id, @RestForm String name, @RestForm("claims") List<String> claims, @RestForm String claim) {
        long page = claimId(claim);
        List<Long> ids = claims == null ? List.of() : claims.stream().map(c -> number(c, "claims")).toList();
        acts.splitSpeaker(id, ids, name, actor());
        return back(page, "split");
    }

    @POST
    @Path("stories/{id}/title")
    @Consumes(FORM)
    public Response rename(@RestPath long id, @RestForm String title, @RestForm String claim) {
        long page = claimId(claim);
        acts.renameStory(id, title, actor());
        return back(page, "renamed");
    }

    private String actor() {
        return SessionRegistry.user(identity.getPrincipal().getName());
    }

    /** The claim whose review page the form was on, read before the act so that a bad one changes nothing. */
    private static long claimId(String claim) {
        return number(claim, "claim");
    }

    private static long number(String value, String field) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(422, "bad " + field, field + " must be a number.");
        }
    }

    private static Response back(long claimId, String done) {
        return Response.seeOther(URI.create("/admin/claims/" + claimId + "?done=" + done)).build();
    }
}

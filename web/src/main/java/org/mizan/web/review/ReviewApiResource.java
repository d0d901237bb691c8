package org.mizan.web.review;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.RestPath;
import org.mizan.web.admin.AdminAccount;
import org.mizan.web.error.BadInputException;
import org.mizan.web.review.ReviewActs.Change;
import org.mizan.web.review.ReviewActs.ReviewView;
import org.mizan.web.security.SessionRegistry;

/**
 * Editor review as JSON (admin, HTTP Basic): the same acts as the review page, each recorded in the audit
 * log. 404 when the claim, link, speaker or story does not exist; 422 with the reason for bad input.
 */
@Path("/api/review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(AdminAccount.ROLE)
public class ReviewApiResource {

    public record RatingRequest(
            @Schema(enumeration = {"false", "misleading", "mixed", "mostly-true", "true"}, description = "or its number, 1 (false) to 5 (true)") String rating,
            String explanation, List<String> sources) {
    }

    public record DecisionRequest(@Schema(enumeration = {"confirm", "reject"}) String decision) {
    }

    public record SpeakerRequest(Long speakerId) {
    }

    public record MergeRequest(Long into) {
    }

    public record SplitRequest(List<Long> claims, String name) {
    }

    public record TitleRequest(String title) {
    }

    @Inject
    ReviewActs acts;
    @Inject
    SecurityIdentity identity;

    @POST
    @Path("claims/{id}/rating")
    @Operation(summary = "Rate a claim (admin): the editor's verdict, why and on which sources; replaces an earlier rating")
    public ReviewView rate(@RestPath long id, RatingRequest r) {
        RatingRequest body = body(r);
        return acts.rate(id, body.rating(), body.explanation(), body.sources() == null ? null : String.join("\n", body.sources()), actor());
    }

    @POST
    @Path("links/{id}/decision")
    @Operation(summary = "Confirm or reject a link (admin): a rejected link is hidden and never made again")
    public Change decide(@RestPath long id, DecisionRequest r) {
        return acts.decideLink(id, body(r).decision(), actor());
    }

    @POST
    @Path("claims/{id}/speaker")
    @Operation(summary = "Correct a claim's speaker (admin); re-analysis keeps the correction")
    public Change speaker(@RestPath long id, SpeakerRequest r) {
        return acts.setSpeaker(id, required(body(r).speakerId(), "speakerId"), actor());
    }

    @POST
    @Path("speakers/{id}/merge")
    @Operation(summary = "Merge a speaker into another (admin): its claims and names go to the other, and it goes")
    public Change merge(@RestPath long id, MergeRequest r) {
        return acts.mergeSpeakers(id, required(body(r).into(), "into"), actor());
    }

    @POST
    @Path("speakers/{id}/split")
    @Operation(summary = "Split a speaker (admin): these of its claims go to the speaker of this name, made if new")
    public Change split(@RestPath long id, SplitRequest r) {
        return acts.splitSpeaker(id, body(r).claims(), r.name(), actor());
    }

    @POST
    @Path("stories/{id}/title")
    @Operation(summary = "Rename a story (admin); re-clustering keeps the title")
    public Change rename(@RestPath long id, TitleRequest r) {
        return acts.renameStory(id, body(r).title(), actor());
    }

    private String actor() {
        return SessionRegistry.user(identity.getPrincipal().getName());
    }

    private static <T> T body(T request) {
        if (request == null) {
            throw new BadInputException(400, "no body", "Send the request as a JSON object.");
        }
        return request;
    }

    private static long required(Long value, String field) {
        if (value == null) {
            throw new BadInputException(422, "bad " + field, field + " is required.");
        }
        return value;
    }
}

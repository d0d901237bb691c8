package org.mizan.web.claim;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.mizan.web.claim.ClaimService.ClaimDetail;
import org.mizan.web.claim.ClaimViews.ClaimSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mizan.web.paging.Cursor;
import org.mizan.web.paging.Slice;
import org.mizan.web.search.SearchParams;
import org.mizan.web.security.PublicUrl;

/** The stored claims as JSON, with their links; each also as schema.org ClaimReview JSON-LD. */
@Path("/api/claims")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimApiResource {

    public static final String JSON_LD = "application/ld+json";

    @Inject
    ClaimService claims;
    @Inject
    PublicUrl publicUrl;

    @GET
    @Operation(summary = "Claims, newest first, a page at a time",
            description = "Filters: speaker (an id, or words of a name, alias or role), from/to (ISO dates, on the statement's date,"
                    + " else the article's), q (words, Arabic spelling folded). Paginated: limit (1-100, default 20) and cursor"
                    + " (the next value of the previous page); the answer is {items, total, next, previous}.")
    public Slice<ClaimSummary> list(@QueryParam("speaker") String speaker, @QueryParam("from") String from,
                                    @QueryParam("to") String to, @QueryParam("q") String q,
                                    @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return claims.query(speaker(speaker), SearchParams.date("from", from), SearchParams.date("to", to), q,
                Cursor.decode(cursor, 2), Slice.limit(limit, 20, 100));
    }

    @GET
    @Path("{id}")
    public ClaimDetail get(@RestPath long id) {
        return claims.detail(id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id}/jsonld")
    @Produces(JSON_LD)
    public String jsonLd(@RestPath long id) {
        return claims.jsonLd(id, publicUrl.base()).orElseThrow(NotFoundException::new);
    }

    /** The speaker filter: a speaker id, or words of a name or alias ("لافروف"), Arabic spelling folded. */
    private static ClaimService.SpeakerFilter speaker(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.chars().allMatch(Character::isDigit) && v.length() < 18
                ? ClaimService.SpeakerFilter.byId(Long.parseLong(v)) : ClaimService.SpeakerFilter.byName(v);
    }

}

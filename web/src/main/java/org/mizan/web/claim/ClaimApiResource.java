package org.mizan.web.claim;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.mizan.web.claim.ClaimService.ClaimDetail;
import org.mizan.web.claim.ClaimViews.ClaimSummary;
import org.mizan.web.error.BadInputException;
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
    public List<ClaimSummary> list(@QueryParam("speaker") String speaker, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("q") String q,
                                   @QueryParam("limit") @DefaultValue("100") int limit) {
        return claims.query(speaker(speaker), date("from", from), date("to", to), q, Math.max(1, Math.min(limit, 1000)));
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

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(400, "bad date", name + " must be an ISO date (2020-01-13), not: " + value);
        }
    }
}

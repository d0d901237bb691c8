package org.mizan.web.compare;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mizan.core.link.ClaimComparator;
import org.mizan.web.error.BadInputException;

/** {@code POST /api/compare}: how two claims relate. Open to anyone; a pure function of its input. */
@Path("/api/compare")
public class CompareResource {

    /** A claim is a sentence or two; anything longer is not a claim to compare. */
    static final int MAX_CLAIM_CHARS = 20_000;

    private final ClaimComparator comparator = ClaimComparator.standard();

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Compare two claims: agree, conflict or unrelated, with confidence, explanation and evidence")
    public CompareView compare(CompareRequest request) {
        if (request == null || request.a() == null || request.b() == null) {
            throw new BadInputException(422, "missing claim", "Send {\"a\": \"…\", \"b\": \"…\"} with both claims.");
        }
        if (request.a().isBlank() || request.b().isBlank()) {
            throw new BadInputException(422, "empty claim", "Both claims must contain text.");
        }
        if (request.a().length() > MAX_CLAIM_CHARS || request.b().length() > MAX_CLAIM_CHARS) {
            throw new BadInputException(413, "claim too long", "Each claim may have at most " + MAX_CLAIM_CHARS + " characters.");
        }
        return CompareView.of(comparator.compare(request.a(), request.b()));
    }
}

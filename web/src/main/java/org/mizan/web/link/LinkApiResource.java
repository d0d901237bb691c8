package org.mizan.web.link;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mizan.web.error.BadInputException;

/**
 * {@code GET /api/links}: every relation Mizan asserts between two stored claims, reports included, in
 * pages of {@code limit} (1..1000, default 100) ordered by id; {@code next} is the cursor of the page
 * after, null on the last one.
 */
@Path("/api/links")
@Produces(MediaType.APPLICATION_JSON)
public class LinkApiResource {

    @Inject
    LinkService links;

    @GET
    @Operation(summary = "Every stored link between two claims, paginated by cursor")
    public LinkService.LinkPage list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return links.page(number(cursor, "cursor", 0, Long.MAX_VALUE, 0), (int) number(limit, "limit", 1, 1000, 100));
    }

    private static long number(String value, String name, long min, long max, long absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadInputException(400, "bad " + name, name + " must be a whole number from " + min + " to " + max + ".");
    }
}

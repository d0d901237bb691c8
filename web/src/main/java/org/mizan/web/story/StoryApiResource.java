package org.mizan.web.story;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mizan.web.paging.Cursor;
import org.mizan.web.paging.Slice;
import org.jboss.resteasy.reactive.RestPath;
import org.mizan.web.story.StoryViews.StoryDetail;
import org.mizan.web.story.StoryViews.StorySummary;

/** Stories as JSON: newest first, and one with its claims and links. */
@Path("/api/stories")
@Produces(MediaType.APPLICATION_JSON)
public class StoryApiResource {

    @Inject
    StoryService stories;

    @GET
    @Transactional
    @Operation(summary = "Stories, newest first, a page at a time",
            description = "Paginated: limit (1-100, default 20) and cursor (the next value of the previous page);"
                    + " the answer is {items, total, next, previous}.")
    public Slice<StorySummary> list(@QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return StoryCards.latest(Cursor.decode(cursor, 2), Slice.limit(limit, 20, 100));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One story with a page of its claims, newest statement first",
            description = "The claims are paginated: limit (1-500, default 500: most stories in one answer) and cursor (the next or previous value of the"
                    + " previous answer); claimCount is how many claims the story holds, next and previous the cursors of the"
                    + " pages beside this one (null at either end). links, reprinted and byOutlet are those among the claims"
                    + " of this page.")
    public StoryDetail get(@RestPath long id, @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
        return stories.detail(id, Cursor.decode(cursor, 2), Slice.limit(limit, 500, 500)).orElseThrow(NotFoundException::new);
    }
}

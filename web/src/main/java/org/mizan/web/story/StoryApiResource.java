package org.mizan.web.story;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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
    public List<StorySummary> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return stories.summaries(Math.max(1, Math.min(limit, 1000)));
    }

    @GET
    @Path("{id}")
    public StoryDetail get(@RestPath long id) {
        return stories.detail(id).orElseThrow(NotFoundException::new);
    }
}

package org.mizan.web.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.mizan.web.admin.AdminAccount;
import org.mizan.web.error.BadInputException;

/** The followed RSS and Atom feeds (admin only, HTTP Basic). */
@Path("/api/feeds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(AdminAccount.ROLE)
public class FeedApiResource {

    @Inject
    FeedService feeds;

    @GET
    @Operation(summary = "The followed feeds with last poll time, last error and articles stored")
    public List<FeedView> list() {
        return feeds.list();
    }

    @GET
    @Path("{id}")
    public FeedView get(@RestPath long id) {
        return feeds.find(id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow a feed: 201; 409 when it is followed already; 422 bad url or everyMinutes")
    public Response add(FeedRequest request, @Context UriInfo uri) {
        if (request == null) {
            throw new BadInputException(400, "missing body", "Send {\"url\": \"https://...\", \"outlet\": \"optional\", \"everyMinutes\": 15}.");
        }
        FeedView feed = feeds.add(request.url(), request.outlet(), request.everyMinutes());
        return Response.created(uri.getBaseUriBuilder().path("api/feeds/{id}").build(feed.id())).entity(feed).build();
    }

    @POST
    @Path("{id}/poll")
    @Operation(summary = "Poll a feed now and store its new items; answers the feed as it stands after")
    public FeedView poll(@RestPath long id) {
        return feeds.poll(id).orElseThrow(NotFoundException::new);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@RestPath long id) {
        if (!feeds.delete(id)) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }
}

package org.mizan.web.speaker;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.mizan.web.speaker.SpeakerService.SpeakerDetail;

/** A speaker and its claims as JSON. */
@Path("/api/speakers")
@Produces(MediaType.APPLICATION_JSON)
public class SpeakerApiResource {

    @Inject
    SpeakerService speakers;

    @GET
    @Path("{id}")
    public SpeakerDetail get(@RestPath long id) {
        return speakers.detail(id).orElseThrow(NotFoundException::new);
    }
}

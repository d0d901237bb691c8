package org.mizan.web.speaker;

import java.net.URI;
import java.util.Optional;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import org.jboss.resteasy.reactive.RestResponse;
import org.mizan.web.pagecache.ReaderPageCache;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.mizan.web.paging.Cursor;
import org.mizan.web.i18n.UiLanguage;
import org.mizan.web.speaker.SpeakerService.SpeakerPage;

/** {@code /speakers/{id}}: an entity's claims, newest first a page at a time ({@code ?cursor=}), its aliases and roles. */
@Path("/speakers")
public class SpeakerPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance speaker(SpeakerPage page);
    }

    @Inject
    SpeakerService speakers;
    @Inject
    UiLanguage ui;
    @Inject
    ReaderPageCache pages;

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public RestResponse<Buffer> speaker(@RestPath long id, @RestQuery String cursor, @Context HttpServerRequest request) {
        Cursor from = Cursor.decode(cursor, 2);
        Optional<Long> merged = SpeakerRedirectEntity.intoOf(id);
        if (merged.isPresent()) {
            // Merged by an editor into another speaker (web.review): that one's page, for good.
            return RestResponse.ResponseBuilder.<Buffer>create(308).location(URI.create("/speakers/" + merged.get())).build();
        }
        return pages.answer(request, () -> Templates.speaker(speakers.page(id, from).orElseThrow(NotFoundException::new))
                .setLocale(ui.locale()).render());
    }
}

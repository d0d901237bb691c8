package org.mizan.web.story;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.buffer.Buffer;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import org.jboss.resteasy.reactive.RestQuery;
import org.mizan.web.pagecache.ReaderPageCache;
import org.mizan.web.paging.Cursor;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;
import org.mizan.web.article.CorpusVersion;
import org.mizan.web.i18n.UiLanguage;

/**
 * {@code /stories/{id}}: the comparison — who said what about each proposition, when, and where they
 * clash, a page of its claims at a time ({@code ?cursor=}, newest first). A first page already rendered is mostly answered by {@link StoryPageRoute} before it gets here; what
 * arrives is a page not rendered yet, or a language switch. A held page is answered on the I/O thread; a
 * miss goes to a worker thread, where the database is read and the template rendered.
 */
@Path("/stories")
public class StoryPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance story(StoryComparison story);
    }

    @Inject
    StoryService stories;
    @Inject
    UiLanguage ui;
    @Inject
    StoryPageCache cache;
    @Inject
    CorpusVersion version;
    @Inject
    ReaderPageCache pages;

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Uni<RestResponse<Buffer>> story(@RestPath long id, @RestQuery String cursor,
                                           @RestHeader(HttpHeaders.ACCEPT_ENCODING) List<String> acceptEncoding,
                                           @RestHeader(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                                           @Context HttpServerRequest request) {
        String lang = ui.lang();
        if (cursor != null) {
            // A later page of the story's claims: rendered and kept per address like the other reader pages.
            Cursor from = Cursor.decode(cursor, 2);
            return Uni.createFrom().item(() -> pages.answer(request, () -> render(id, from)))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        if (version.shared()) {
            // Another process may have written since these pages were rendered: check the version (a blocking read).
            return Uni.createFrom().item(() -> {
                cache.validate(version.current());
                return answer(cache.page(id, lang, () -> render(id, null)), acceptEncoding, ifNoneMatch);
            }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        }
        RenderedPage cached = cache.cached(id, lang);
        if (cached != null) {
            return Uni.createFrom().item(answer(cached, acceptEncoding, ifNoneMatch));
        }
        return Uni.createFrom().item(() -> answer(cache.page(id, lang, () -> render(id, null)), acceptEncoding, ifNoneMatch))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private String render(long id, Cursor cursor) {
        return Templates.story(stories.comparison(id, cursor).orElseThrow(NotFoundException::new)).setLocale(ui.locale()).render();
    }

    private static RestResponse<Buffer> answer(RenderedPage page, List<String> acceptEncoding, String ifNoneMatch) {
        boolean notModified = PageNegotiation.stillCurrent(ifNoneMatch, page.etag());
        boolean gzip = !notModified && PageNegotiation.acceptsGzip(acceptEncoding);
        RestResponse.ResponseBuilder<Buffer> answer = notModified ? RestResponse.ResponseBuilder.create(Status.NOT_MODIFIED)
                : RestResponse.ResponseBuilder.ok(page.body(gzip));
        PageNegotiation.headers(page, gzip, answer::header);
        return answer.build();
    }
}

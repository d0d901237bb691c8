package org.mizan.web.claim;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
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
import org.mizan.web.claim.ClaimService.ClaimPage;
import org.mizan.web.i18n.UiLanguage;
import org.mizan.web.security.PublicUrl;

/** {@code /claims/{id}}: one claim in its sentence, who said it and when, and what agrees or conflicts with it. */
@Path("/claims")
public class ClaimPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance claim(ClaimPage page);
    }

    @Inject
    ClaimService claims;
    @Inject
    UiLanguage ui;
    @Inject
    PublicUrl publicUrl;
    @Inject
    ReaderPageCache pages;
    @Inject
    StableClaims stable;

    @GET
    @Path("{id: \\d+}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public RestResponse<Buffer> claim(@RestPath long id, @RestQuery String cursor, @Context HttpServerRequest request) {
        Cursor from = Cursor.decode(cursor, 1);
        Optional<Long> moved = stable.movedTo(id);
        if (moved.isPresent()) {
            return toArticle(moved.get());
        }
        return pages.answer(request, () -> Templates.claim(claims.page(id, publicUrl.base(), from)
                .orElseThrow(NotFoundException::new)).setLocale(ui.locale()).render());
    }

    /** The same data as the page's embedded JSON-LD, as a download. */
    @GET
    @Path("{id: \\d+}.jsonld")
    @Produces(ClaimApiResource.JSON_LD)
    public RestResponse<String> jsonLd(@RestPath long id) {
        Optional<Long> moved = stable.movedTo(id);
        if (moved.isPresent()) {
            return toArticle(moved.get());
        }
        return RestResponse.ok(claims.jsonLd(id, publicUrl.base()).orElseThrow(NotFoundException::new));
    }

    /** A claim that re-analysis did not find again: its address leads, for good, to its article (308). */
    private static <T> RestResponse<T> toArticle(long articleId) {
        return RestResponse.ResponseBuilder.<T>create(308)
                .location(URI.create("/articles/" + articleId)).build();
    }
}

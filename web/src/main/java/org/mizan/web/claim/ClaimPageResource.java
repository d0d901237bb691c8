package org.mizan.web.claim;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.mizan.web.paging.Cursor;
import org.mizan.web.claim.ClaimService.ClaimPage;
import org.mizan.web.i18n.UiLanguage;

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

    @GET
    @Path("{id: \\d+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance claim(@RestPath long id, @RestQuery String cursor, UriInfo uri) {
        ClaimPage page = claims.page(id, ClaimApiResource.baseUrl(uri), Cursor.decode(cursor, 1)).orElseThrow(NotFoundException::new);
        return Templates.claim(page).setLocale(ui.locale());
    }

    /** The same data as the page's embedded JSON-LD, as a download. */
    @GET
    @Path("{id: \\d+}.jsonld")
    @Produces(ClaimApiResource.JSON_LD)
    public String jsonLd(@RestPath long id, UriInfo uri) {
        return claims.jsonLd(id, ClaimApiResource.baseUrl(uri)).orElseThrow(NotFoundException::new);
    }
}

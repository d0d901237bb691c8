package org.mizan.web.outlet;

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
import org.mizan.web.i18n.UiLanguage;
import org.mizan.web.outlet.OutletService.OutletPage;
import org.mizan.web.paging.Cursor;

/** {@code /outlets/{name}}: an outlet's articles (a page at a time), its stories, and how it agrees or conflicts with others. */
@Path("/outlets")
public class OutletPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance outlet(OutletPage page);
    }

    @Inject
    OutletService outlets;
    @Inject
    UiLanguage ui;
    @Inject
    ReaderPageCache pages;

    @GET
    @Path("{name}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public RestResponse<Buffer> outlet(@RestPath String name, @RestQuery String cursor, @Context HttpServerRequest request) {
        if (name == null || name.isBlank() || name.length() > 300) {
            throw new NotFoundException();
        }
        Cursor from = Cursor.decode(cursor, 2);
        return pages.answer(request, () -> Templates.outlet(outlets.page(name, from).orElseThrow(NotFoundException::new))
                .setLocale(ui.locale()).render());
    }
}

package org.mizan.web.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.mizan.web.i18n.UiLanguage;
import org.mizan.web.search.SearchService.Results;

/** {@code /search?q=}: claims, speakers and articles whose words match, Arabic spelling variants folded. */
@Path("/search")
public class SearchPageResource {

    static final int MAX_QUERY = 200;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Results results);
    }

    @Inject
    SearchService search;
    @Inject
    UiLanguage ui;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance search(@QueryParam("q") String q) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        return Templates.search(search.search(query)).setLocale(ui.locale());
    }
}

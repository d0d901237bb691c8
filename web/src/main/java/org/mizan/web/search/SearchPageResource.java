package org.mizan.web.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.mizan.web.i18n.UiLanguage;
import org.mizan.web.search.SearchService.Results;

/**
 * {@code /search?q=}: claims, speakers, stories and articles whose words match, Arabic spelling variants
 * folded, ranked; {@code type=} pages through one kind with facets and filters (outlet, speaker, date
 * range, relation).
 */
@Path("/search")
public class SearchPageResource {

    static final int MAX_QUERY = 200;
    static final int PAGE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Results results, SearchLinks links);
    }

    @Inject
    SearchService search;
    @Inject
    UiLanguage ui;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance search(@RestQuery String q, @RestQuery String type, @RestQuery String outlet,
                                   @RestQuery String speaker, @RestQuery String from, @RestQuery String to,
                                   @RestQuery String relation, @RestQuery String cursor, @RestQuery String sort) {
        SearchRequest r = SearchParams.request(q, type, outlet, speaker, from, to, relation, cursor, PAGE, sort);
        if (r.q() != null && r.q().length() > MAX_QUERY) {
            r = SearchParams.request(r.q().substring(0, MAX_QUERY), type, outlet, speaker, from, to, relation, cursor, PAGE, sort);
        }
        Results results = search.search(r);
        return Templates.search(results, new SearchLinks(r)).setLocale(ui.locale());
    }
}

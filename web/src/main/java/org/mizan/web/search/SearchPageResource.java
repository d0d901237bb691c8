package org.mizan.web.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import org.jboss.resteasy.reactive.RestResponse;
import org.mizan.web.pagecache.ReaderPageCache;
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
    @Inject
    ReaderPageCache pages;
    @Inject
    SearchFollower follower;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public RestResponse<Buffer> search(@RestQuery String q, @RestQuery String type, @RestQuery String outlet,
                                   @RestQuery String speaker, @RestQuery String from, @RestQuery String to,
                                   @RestQuery String relation, @RestQuery String cursor, @RestQuery String sort,
                                   @Context HttpServerRequest request) {
        SearchRequest r = SearchParams.request(q, type, outlet, speaker, from, to, relation, cursor, PAGE, sort);
        if (r.q() != null && r.q().length() > MAX_QUERY) {
            r = SearchParams.request(r.q().substring(0, MAX_QUERY), type, outlet, speaker, from, to, relation, cursor, PAGE, sort);
        }
        SearchRequest asked = r;
        return pages.answer(request, () -> {
            follower.awaitLocalChanges(); // before the transaction: no connection held while the index catches up
            return Templates.search(search.search(asked), new SearchLinks(asked)).setLocale(ui.locale()).render();
        });
    }
}

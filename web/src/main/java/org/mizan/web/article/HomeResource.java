package org.mizan.web.article;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import org.jboss.resteasy.reactive.RestResponse;
import org.mizan.web.pagecache.ReaderPageCache;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestQuery;
import org.mizan.web.i18n.UiLanguage;
import org.mizan.web.paging.Cursor;
import org.mizan.web.paging.Slice;
import org.mizan.web.story.StoryCards;
import org.mizan.web.story.StoryViews.StorySummary;

/** {@code /}: what Mizan holds, newest first: stories a page at a time ({@code ?cursor=}), then the latest articles. */
@Path("/")
public class HomeResource {

    static final int STORIES = 20;
    static final int ARTICLES = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Slice<StorySummary> stories, Slice<ArticleCard> articles);
    }

    @Inject
    ArticleLists articles;
    @Inject
    UiLanguage ui;
    @Inject
    ReaderPageCache pages;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Transactional
    public RestResponse<Buffer> home(@RestQuery String cursor, @Context HttpServerRequest request) {
        Cursor from = Cursor.decode(cursor, 2);
        return pages.answer(request, () -> Templates.home(StoryCards.latest(from, STORIES), articles.cards(null, null, ARTICLES))
                .setLocale(ui.locale()).render());
    }
}

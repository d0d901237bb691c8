package org.mizan.web.pagecache;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.mizan.web.i18n.UiLanguage;
import org.mizan.web.story.StoryPageRoute;
import org.mizan.web.story.RenderedPage;

/**
 * Reader pages already rendered, answered by the HTTP layer on the I/O thread (as StoryPageRoute does for
 * stories): no request scope, filters or worker thread for bytes that are ready. Anything not held goes on
 * to the REST resources.
 */
@ApplicationScoped
public class ReaderPageRoute {

    @Inject
    ReaderPageCache cache;

    void register(@Observes Router router) {
        for (String path : new String[] {"/", "/articles", "/articles/:id", "/claims/:id", "/speakers/:id", "/outlets/:name", "/search"}) {
            router.get(path).handler(this::answerFromCache);
        }
    }

    void answerFromCache(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Cookie remembered = request.getCookie(UiLanguage.COOKIE);
        RenderedPage page = cache.cached(request, UiLanguage.choose(null, remembered == null ? null : remembered.getValue()));
        if (page == null) {
            ctx.next();
            return;
        }
        StoryPageRoute.send(page, request, ctx.response());
    }
}

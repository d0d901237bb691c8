package org.mizan.web.story;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.mizan.web.i18n.UiLanguage;

/**
 * The story page when it is already rendered, answered by the HTTP layer on the I/O thread: no request
 * scope, REST filters, CSRF token cookie or entity writer for bytes that are ready to send — a page read
 * by many readers between two changes costs little more than the liveness probe. Anything else goes on to
 * {@link StoryPageResource}: a page not rendered yet, a language switch ({@code ?lang=}, which sets the
 * language cookie there), an id that is not a number.
 */
@ApplicationScoped
public class StoryPageRoute {

    static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    @Inject
    StoryPageCache cache;

    void register(@Observes Router router) {
        router.get("/stories/:id").handler(this::answerFromCache);
    }

    void answerFromCache(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        RenderedPage page = request.getParam(UiLanguage.PARAM) == null ? held(ctx.pathParam("id"), request) : null;
        if (page == null) {
            ctx.next();
            return;
        }
        send(page, request, ctx.response());
    }

    /** A held page as the answer: 304 when the reader's copy is current, else the bytes, gzipped if asked. */
    public static void send(RenderedPage page, HttpServerRequest request, HttpServerResponse response) {
        if (PageNegotiation.stillCurrent(request.getHeader("If-None-Match"), page.etag())) {
            PageNegotiation.headers(page, false, response::putHeader);
            response.setStatusCode(304).end();
            return;
        }
        boolean gzip = PageNegotiation.acceptsGzip(request.headers().getAll("Accept-Encoding"));
        response.putHeader("Content-Type", CONTENT_TYPE);
        PageNegotiation.headers(page, gzip, response::putHeader);
        response.end(page.body(gzip));
    }

    private RenderedPage held(String id, HttpServerRequest request) {
        long storyId;
        try {
            storyId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return null;
        }
        Cookie remembered = request.getCookie(UiLanguage.COOKIE);
        return cache.cached(storyId, UiLanguage.choose(null, remembered == null ? null : remembered.getValue()));
    }
}

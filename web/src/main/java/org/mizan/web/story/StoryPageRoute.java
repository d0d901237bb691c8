package org.mizan.web.story;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.mizan.web.article.CorpusVersion;
import org.mizan.web.i18n.UiLanguage;

/**
 * The story page when it is already rendered, answered by the HTTP layer on the I/O thread: no request
 * scope, REST filters, CSRF token cookie or entity writer for bytes that are ready to send — a page read
 * by many readers between two changes costs little more than the liveness probe. Anything else goes on to
 * {@link StoryPageResource}: a page not rendered yet, a later page of its claims ({@code ?cursor=}), a language switch ({@code ?lang=}, which sets the
 * language cookie there), an id that is not a number, and every request when the database is shared with
 * other processes (PostgreSQL), whose writes only the database's corpus version tells.
 */
@ApplicationScoped
public class StoryPageRoute {

    static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    @Inject
    StoryPageCache cache;
    @Inject
    CorpusVersion version;

    void register(@Observes Router router) {
        router.get("/stories/:id").handler(this::answerFromCache);
    }

    void answerFromCache(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.getParam(UiLanguage.PARAM) != null || request.getParam("cursor") != null) {
            ctx.next();
            return;
        }
        if (!version.shared()) {
            answer(ctx, held(ctx.pathParam("id"), request));
            return;
        }
        // On a shared database another process may have written: read the corpus version (blocking, so on
        // a worker thread), drop pages rendered before it, then answer on the I/O thread as usual.
        ctx.vertx().executeBlocking(version::current, false).onComplete(current -> {
            if (current.failed()) {
                ctx.next();
                return;
            }
            cache.validate(current.result());
            answer(ctx, held(ctx.pathParam("id"), request));
        });
    }

    private void answer(RoutingContext ctx, RenderedPage page) {
        HttpServerRequest request = ctx.request();
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

package org.mizan.web.pagecache;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;
import org.mizan.web.article.ArticleService.ArticleDeleted;
import org.mizan.web.article.CorpusVersion;
import org.mizan.web.article.ArticleService.ArticleStored;
import org.mizan.web.i18n.UiLanguage;
import org.mizan.web.paging.ReadOnlyReads;
import org.mizan.web.search.SearchFollower.SearchUpdated;
import org.mizan.web.story.CorpusChanged;
import org.mizan.web.story.PageNegotiation;
import org.mizan.web.story.RenderedPage;

/**
 * Rendered reader pages (home, article lists, claim, speaker, article, outlet, search) by address and
 * language, served as they are until the next committed change — here or, through the search index's
 * change log, on another instance. The pages are fast without it (indexed reads of bounded pages); this
 * spares rendering the same bytes for every reader. A held page is answered on the I/O thread by
 * {@link ReaderPageRoute}.
 */
@ApplicationScoped
public class ReaderPageCache {

    static final String CONTENT_TYPE = "text/html;charset=UTF-8";
    static final int MAX_ENTRIES = 8192;
    /** Longer addresses (long search queries) are rendered every time, not kept. */
    static final int MAX_KEY = 600;

    private final RenderedPages pages = new RenderedPages(MAX_ENTRIES);

    @Inject
    UiLanguage ui;
    @Inject
    CorpusVersion version;
    /** Off ({@code mizan.reader-page-cache=false}): every request renders, to measure the pages as designed. */
    @ConfigProperty(name = "mizan.reader-page-cache", defaultValue = "true")
    boolean enabled;

    /** The held page for this request, null when none or when the request changes the language. */
    RenderedPage cached(HttpServerRequest request, String lang) {
        String key = key(request.uri(), lang);
        // A database other processes write to: only the resource, which checks the version first, may answer.
        return key == null || !enabled || version.shared() || request.getParam(UiLanguage.PARAM) != null ? null : pages.cached(key);
    }

    /** The page for this request, rendered once (the template is rendered in the caller's transaction) and answered. */
    public RestResponse<Buffer> answer(HttpServerRequest request, Supplier<String> render) {
        String key = key(request.uri(), ui.lang());
        if (enabled && version.shared()) {
            pages.validate(version.current());
        }
        Supplier<String> rendered = () -> {
            ReadOnlyReads.apply();
            return render.get();
        };
        RenderedPage page = key == null || !enabled ? RenderedPage.once(rendered.get()) : pages.page(key, rendered);
        return answer(page, request.getHeader("Accept-Encoding"), request.getHeader("If-None-Match"));
    }

    static RestResponse<Buffer> answer(RenderedPage page, String acceptEncoding, String ifNoneMatch) {
        boolean notModified = PageNegotiation.stillCurrent(ifNoneMatch, page.etag());
        boolean gzip = !notModified && PageNegotiation.acceptsGzip(acceptEncoding);
        RestResponse.ResponseBuilder<Buffer> answer = notModified ? RestResponse.ResponseBuilder.create(Status.NOT_MODIFIED)
                : RestResponse.ResponseBuilder.ok(page.body(gzip));
        PageNegotiation.headers(page, gzip, answer::header);
        answer.header("Content-Type", CONTENT_TYPE);
        return answer.build();
    }

    private static String key(String uri, String lang) {
        return uri == null || uri.length() > MAX_KEY ? null : lang + " " + uri;
    }

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleStored event) {
        pages.clear();
    }

    void onDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleDeleted event) {
        pages.clear();
    }

    void onChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CorpusChanged event) {
        pages.clear();
    }

    /** The index took in changes (from any instance): search results, outlet counts and lists may differ. */
    void onSearchUpdated(@Observes SearchUpdated event) {
        pages.clear();
    }

    public void clear() {
        pages.clear();
    }
}

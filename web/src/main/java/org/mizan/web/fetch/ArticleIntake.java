package org.mizan.web.fetch;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.mizan.core.Article;
import org.mizan.ingest.RejectedInputException;
import org.mizan.web.admin.CorpusAdmin;
import org.mizan.web.article.ArticleEntity;

/**
 * Brings an article in from the web: fetch the page safely, decode it, and store it exactly as an
 * upload is stored (same analysis, same duplicate check by text, same audit entry). A page whose address
 * — as asked, or after redirects — is already stored is not fetched or stored again.
 */
@ApplicationScoped
public class ArticleIntake {

    /** The stored article and whether this intake created it. */
    public record Intake(long articleId, boolean created) {
    }

    @Inject
    CorpusAdmin corpus;
    @Inject
    FetchConfig config;
    @Inject
    Vertx vertx;

    private PageFetcher fetcher;

    @PostConstruct
    void start() {
        fetcher = new PageFetcher(vertx, new AddressGuard(config.allowPrivateAddresses()), config);
    }

    @PreDestroy
    void stop() {
        fetcher.close();
    }

    public PageFetcher fetcher() {
        return fetcher;
    }

    /** Blocking (network): call it from a worker thread, outside any transaction. */
    public Intake fetchAndStore(String url, String outlet, String actor, String source) {
        URI asked = PageFetcher.parse(url);
        Optional<Long> known = storedAt(asked.toString());
        if (known.isPresent()) {
            return new Intake(known.get(), false);
        }
        FetchedPage page = fetcher.fetch(asked.toString(), PageFetcher.PAGE_TYPES);
        known = storedAt(page.url().toString());
        if (known.isPresent()) {
            return new Intake(known.get(), false);
        }
        String html;
        try {
            html = PageCharset.decode(page.body(), page.contentType());
        } catch (RejectedInputException e) {
            throw new FetchException(422, "no article text", "The page at " + page.url() + " is not text: " + e.getMessage());
        }
        String givenOutlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
        return store(new Article(html, null, null, givenOutlet, page.url().toString()), actor, source);
    }

    /** The one call into the corpus write path for fetched articles (uploads and feeds alike). */
    private Intake store(Article article, String actor, String source) {
        try {
            CorpusAdmin.Outcome outcome = corpus.store(article, null, actor, source);
            return new Intake(outcome.articleId(), outcome.created());
        } catch (RejectedInputException e) {
            if (e.reason() == RejectedInputException.Reason.TOO_LARGE) {
                throw e;
            }
            throw new FetchException(422, "no article text", "No article text was found at " + article.url() + ": " + e.getMessage());
        }
    }

    private static Optional<Long> storedAt(String url) {
        return QuarkusTransaction.joiningExisting().call(() -> ArticleEntity.<ArticleEntity>find("url", url)
                .firstResultOptional().map(a -> a.id));
    }
}

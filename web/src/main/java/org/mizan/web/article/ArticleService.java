package org.mizan.web.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.mizan.core.Article;
import org.mizan.core.ArticleAnalysis;
import org.mizan.ingest.IngestPipeline;

/** Articles: analysis without storing, reads, and the writes, which all go through {@link ArticleWriter}. */
@ApplicationScoped
public class ArticleService {

    /** The outcome of a store: the article, and whether it was new or already there. */
    public record Stored(ArticleEntity article, boolean created) {
    }

    /**
     * Fired by the write path once an article, its claims, links and stories are written — for a new
     * article, and again after {@link #reanalyse} replaced its claims. Observe it with
     * {@code during = TransactionPhase.AFTER_SUCCESS}: the write is then committed.
     */
    public record ArticleStored(ArticleEntity article) {
    }

    /**
     * Fired inside the write's transaction just BEFORE these claims of an article are removed (the article
     * is deleted, or re-analysed and these claims not read again: see StableClaims). Features that keep rows referring to claims
     * (other than links and stories, which the write path removes itself) delete them here; if anything
     * fails, the whole transaction rolls back.
     */
    public record ClaimsRetired(long articleId, List<Long> claimIds) {
    }

    /** Fired by the write path once an article and its claims are gone; observe it AFTER_SUCCESS. */
    public record ArticleDeleted(long articleId, String title) {
    }

    @Inject
    IngestPipeline pipeline;
    @Inject
    ArticleWriter writer;

    /** The pipeline's analysis, nothing stored. */
    public ArticleAnalysis analyze(Article article) {
        writer.checkSize(article.text());
        return pipeline.analyze(article);
    }

    /** Stores the article through the write path ({@link ArticleWriter}); idempotent by text. Call outside any transaction. */
    public Stored store(Article article) {
        return writer.store(article, null, s -> {
        });
    }

    /**
     * Stores an article already analysed (the admin previewed this very analysis); idempotent like
     * {@link #store(Article)}. The analysis must be the pipeline's result for this article.
     */
    public Stored store(Article article, ArticleAnalysis analysis) {
        return writer.store(article, analysis, s -> {
        });
    }

    /** Removes an article, its claims, their links and story places (speakers stay). False if there was none. */
    public boolean delete(long id) {
        return writer.delete(id, a -> {
        });
    }

    /** Analyses a stored article again with the current pipeline and replaces its claims (see {@link ArticleWriter#reanalyse}). */
    public Optional<ArticleEntity> reanalyse(long id) {
        return writer.reanalyse(id, a -> {
        });
    }

    public Optional<ArticleEntity> find(long id) {
        return ArticleEntity.findByIdOptional(id);
    }

    /** Newest first by publication date, then by storing time. */
    public List<ArticleEntity> latest(int max) {
        return ArticleEntity.<ArticleEntity>find("order by publishedOn desc nulls last, storedAt desc")
                .page(0, max).list();
    }

}

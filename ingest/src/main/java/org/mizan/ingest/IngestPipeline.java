package org.mizan.ingest;

import org.mizan.core.Article;
import org.mizan.core.ArticleAnalysis;

/**
 * The article-to-claims pipeline. {@link #standard()} is the one place where the stages are chained.
 * Thread-safe: one instance serves every request.
 */
public final class IngestPipeline {

    private IngestPipeline() {
    }

    public static IngestPipeline standard() {
        return new IngestPipeline();
    }

    /**
     * Analyses one article. Never throws for odd but valid text; throws {@link RejectedInputException}
     * for input that is not an article at all (empty, binary, too large).
     */
    public ArticleAnalysis analyze(Article article) {
        throw new UnsupportedOperationException("pipeline stages not wired yet");
    }
}

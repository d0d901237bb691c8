package org.mizan.ingest.document;

import org.mizan.core.Article;

/**
 * Reads an article (plain text or HTML), validates it, strips boilerplate and splits the body into
 * sentences. Throws {@link org.mizan.ingest.RejectedInputException} for input that is no article.
 */
public final class DocumentReader {

    public static DocumentReader standard() {
        return new DocumentReader();
    }

    public Document read(Article article) {
        throw new UnsupportedOperationException("document reading not wired yet");
    }
}

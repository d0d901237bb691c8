package org.mizan.ingest.document;

import java.util.ArrayList;
import java.util.List;
import org.mizan.core.Article;
import org.mizan.core.Span;
import org.mizan.ingest.RejectedInputException;

/**
 * Reads an article (plain text or HTML), validates it, strips boilerplate and splits the body into
 * sentences. Throws {@link org.mizan.ingest.RejectedInputException} for input that is no article.
 *
 * <p>For plain text the document's text is the article text exactly as given; for HTML it is the plain
 * text extracted from the page (see {@link ArticleReader}), and every span points into that.
 */
public final class DocumentReader {

    private final InputValidator validator;
    private final ArticleReader articleReader;
    private final BoilerplateStripper stripper;
    private final SentenceSplitter splitter;
    private final LanguageGuesser languageGuesser;

    DocumentReader(InputValidator validator, ArticleReader articleReader, BoilerplateStripper stripper,
                   SentenceSplitter splitter, LanguageGuesser languageGuesser) {
        this.validator = validator;
        this.articleReader = articleReader;
        this.stripper = stripper;
        this.splitter = splitter;
        this.languageGuesser = languageGuesser;
    }

    public static DocumentReader standard() {
        return new DocumentReader(new InputValidator(), new ArticleReader(), BoilerplateStripper.standard(),
                SentenceSplitter.standard(), new LanguageGuesser());
    }

    public Document read(Article article) {
        // Order matters: validate the raw input before parsing anything, so that binary or oversized
        // input never reaches jsoup or the line scanners.
        validator.validate(article.text());
        ReadArticle read = articleReader.read(article);
        if (read.html() && !LineClassifier.hasLetterOrDigit(read.text(), 0, read.text().length())) {
            throw new RejectedInputException(RejectedInputException.Reason.NOT_TEXT,
                    "the HTML page has no readable text");
        }
        String text = read.text();
        Layout layout = stripper.strip(text, read.title(), article.outlet());
        String title = read.title() != null ? read.title()
                : layout.titleSpan() != null ? layout.titleSpan().text() : null;
        List<Span> sentences = new ArrayList<>();
        if (layout.titleSpan() != null) {
            sentences.addAll(splitter.split(text, layout.titleSpan()));
        }
        // Stripped stretches inside the body (a "related news" list between two paragraphs) yield no sentence.
        sentences.addAll(splitter.split(text, layout.body(), layout.stripped()));
        String language = languageGuesser.guess(text, layout.body());
        return new Document(text, title, layout.titleSpan(), read.publishedOn(), read.publishedOnSource(),
                article.outlet(), article.url(), language, layout.body(), layout.provenance(), layout.stripped(),
                sentences);
    }
}

package org.mizan.ingest.document;

import java.time.LocalDate;
import java.util.List;
import org.mizan.core.PublishedOnSource;
import org.mizan.core.Span;

/**
 * An article read and laid out: the text to analyse (the request text for plain text; the text the
 * HTML parser extracted for HTML) and where its parts stand in it.
 *
 * @param titleSpan   where the title stands in {@code text}, null if it is not part of the text
 * @param body        the article body, boilerplate excluded; it may enclose a stripped stretch (a
 *                    "related news" list between two paragraphs), which {@link #analysed(int)} and the
 *                    sentences leave out
 * @param provenance  the source line ("المصدر: وكالات"), null if none
 * @param stripped    everything cut as boilerplate (site name line, latest-news lists, share lines)
 * @param sentences   the body's sentences in order (and the title's, first, when titleSpan is set), none
 *                    inside a stripped span
 */
public record Document(String text, String title, Span titleSpan, LocalDate publishedOn,
                       PublishedOnSource publishedOnSource, String outlet, String url, String language,
                       Span body, Span provenance, List<Span> stripped, List<Span> sentences) {

    public Document {
        stripped = List.copyOf(stripped);
        sentences = List.copyOf(sentences);
    }

    /** The same document with its publication date learnt later (inferred from the text). */
    public Document withPublishedOn(LocalDate date, PublishedOnSource source) {
        return new Document(text, title, titleSpan, date, source, outlet, url, language, body, provenance, stripped,
                sentences);
    }

    /** Whether {@code offset} lies in the body or the title and outside every stripped span. */
    public boolean analysed(int offset) {
        boolean inside = body.contains(offset) || titleSpan != null && titleSpan.contains(offset);
        if (!inside) {
            return false;
        }
        for (Span s : stripped) {
            if (s.contains(offset)) {
                return false;
            }
        }
        return true;
    }
}

package org.mizan.ingest.time;

import java.time.LocalDate;
import java.util.List;
import org.mizan.core.Span;
import org.mizan.core.TimeExpression;

/** Finds every time expression in a region of the text and normalises it against an anchor date. */
public final class TimexTagger {

    public static TimexTagger standard() {
        return new TimexTagger();
    }

    /**
     * @param region the part of {@code text} to tag (the article body, or the title)
     * @param anchor the publication date, or null: relative expressions then get a null value
     */
    public List<TimeExpression> tag(String text, Span region, LocalDate anchor) {
        return List.of();
    }
}

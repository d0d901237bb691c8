package org.mizan.core;

import java.time.LocalDate;
import java.util.List;

/**
 * What the ingest pipeline makes of one article. All spans point into {@code text}, which is the
 * article's text as analysed: the request text itself for plain text, the text extracted by the HTML
 * parser for HTML input.
 *
 * @param body        the article body inside {@code text}, boilerplate excluded
 * @param provenance  the source line ("المصدر: وكالات", "ترجمة …"), or null
 * @param stripped    what was cut as boilerplate (site name, latest-news lists, share lines)
 */
public record ArticleAnalysis(String text, String language, String title, LocalDate publishedOn,
                              PublishedOnSource publishedOnSource, Span body, Span provenance,
                              List<Span> stripped, List<Claim> claims, List<TimeExpression> timex) {

    public ArticleAnalysis {
        stripped = List.copyOf(stripped);
        claims = List.copyOf(claims);
        timex = List.copyOf(timex);
    }
}

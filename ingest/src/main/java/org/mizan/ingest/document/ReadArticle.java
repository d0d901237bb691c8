package org.mizan.ingest.document;

import java.time.LocalDate;
import org.mizan.core.PublishedOnSource;

/**
 * An article as the {@link ArticleReader} read it: the text to analyse and the metadata found so far.
 *
 * @param text  the request text for plain text, the extracted text for HTML
 * @param title the caller's title, else the HTML page's, else null
 * @param html  whether the input was HTML
 */
record ReadArticle(String text, String title, LocalDate publishedOn, PublishedOnSource publishedOnSource,
                   boolean html) {
}

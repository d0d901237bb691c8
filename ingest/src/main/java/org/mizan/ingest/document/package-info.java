/**
 * The document stage: from an {@link org.mizan.core.Article} to a laid-out
 * {@link org.mizan.ingest.document.Document}. {@link org.mizan.ingest.document.DocumentReader} chains
 * small pure stages, each with its own test class:
 *
 * <ol>
 *   <li>{@link org.mizan.ingest.document.InputValidator} refuses empty, oversized and binary input;</li>
 *   <li>{@link org.mizan.ingest.document.ArticleReader} keeps plain text as it is and turns HTML into its
 *       extracted plain text, with title and date from the page's metadata;</li>
 *   <li>{@link org.mizan.ingest.document.BoilerplateStripper} finds title, body and source line and cuts
 *       site names, lists of other articles, widgets and trailers, judging each line with the
 *       {@code LineClassifier};</li>
 *   <li>{@link org.mizan.ingest.document.SentenceSplitter} splits title and body into sentences, skipping
 *       stripped stretches;</li>
 *   <li>{@link org.mizan.ingest.document.LanguageGuesser} labels the body's language.</li>
 * </ol>
 *
 * <p>The lexicons (list headings, trailer and tag markers, source markers, share words, bylines,
 * abbreviations) are the {@code *.txt} resources next to these classes, mined from the endings and
 * openings of the articles in shared/corpus/arabic-news.jsonl. Every offset is a UTF-16 index into the
 * document's text: the request text for plain text, the extracted text for HTML.
 */
package org.mizan.ingest.document;

package org.mizan.ingest.document;

/** What a line of a scraped news page looks like, judged on the line alone. */
enum LineKind {
    /** Nothing but white space. */
    BLANK,
    /** No letter or digit: "." "***" "■ ■ ■". */
    FILLER,
    /** Only a date or a clock time: "01/11/2024", "10:12 ت م", "22 اكتوبر 2012". */
    DATE,
    /** A heading from the list-heading lexicon: "أحدث الأخبار", "أخبار متعلقة:". */
    LIST_HEADING,
    /** Page furniture that ends the article: "رابط الخبر …", "// انتهى //", copyright. */
    TRAILER,
    /** Only share and navigation words: "شارك", "تويتر فيسبوك". */
    SHARE,
    /** A headline marked as a link to another article: ">> الوزير يلتقي نظيره". */
    LINK,
    /** A short credit line naming the source: "المصدر: وكالات", "ترجمة – منار مجدي". */
    SOURCE,
    /** A short line cut off with an ellipsis: the teaser of a linked article. */
    TEASER,
    /** A short line without a final full stop: a title, a headline, a site name, a byline. */
    HEADLINE,
    /** A short line that ends with a full stop. */
    SHORT_SENTENCE,
    /** Anything longer: article text. */
    PROSE
}

/**
 * Time in the analyser.
 *
 * <ul>
 *   <li>{@link org.mizan.ingest.time.TimexTagger}: every time expression of a region, normalised against
 *       the publication date to {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or {@code YYYY-Www}
 *       (null when it needs an anchor and there is none). Spans leave out a leading و/ف/ب/ل and keep
 *       the words that are part of the expression: يوم، صباح/مساء، عام، نهاية/منتصف، a paired month
 *       name, الماضي/المقبل.</li>
 *   <li>{@link org.mizan.ingest.time.StatementDater}: the date of the act of saying, from a time
 *       expression that modifies the reporting verb, never one inside the reported content.</li>
 *   <li>{@link org.mizan.ingest.time.PublicationDateInference}: a publication date from a date line or
 *       a dateline at the top of the article, when none is given.</li>
 *   <li>{@link org.mizan.ingest.time.DateResolver}: the calendar arithmetic (weekdays, months without a
 *       year, Hijri dates through {@link java.time.chrono.HijrahDate}, ISO weeks).</li>
 *   <li>{@link org.mizan.ingest.time.TimexLexicon}: the word lists, data files in this package's
 *       resources.</li>
 * </ul>
 *
 * <p>Conventions, as in the annotated dev set: a plain weekday in a report is the nearest one on or
 * before publication, unless a future verb or particle precedes it in the sentence (then on or after);
 * الماضي/المقبل make it strictly before/after; "اليوم الأربعاء" is the Wednesday nearest the anchor
 * (the weekday wins over a late publication stamp); a month or day-and-month without a year takes the
 * anchor's year unless that puts it more than half a year ahead; a bare four-digit number is a year
 * when it reads as a date, not a count.
 */
package org.mizan.ingest.time;

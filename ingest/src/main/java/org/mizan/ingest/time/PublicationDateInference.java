package org.mizan.ingest.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mizan.core.Span;
import org.mizan.core.TimeExpression;

/**
 * Infers a publication date from the article text when none is given, only where that is sound.
 *
 * <p>Sound means a full calendar date (day, month and year written out) standing where papers print
 * the date of the piece: a date line of its own above the body or among its first lines ("الثلاثاء 14
 * يناير 2020", "نشر في: 14/01/2020"), or the dateline that opens the first paragraph ("القاهرة في 12
 * يناير 2020 - …"). Nothing after the opening lines is ever read, so dated lists scraped below the
 * article (latest news, related stories) cannot leak in.
 */
public final class PublicationDateInference {

    /** Lines of the body, from its start, where a date line may stand. */
    private static final int BODY_LINES = 2;
    /** Words other than the date a date line may hold ("نشر في", "آخر تحديث", a weekday, a clock time). */
    private static final int DATE_LINE_OTHER_WORDS = 5;
    /** Words a dateline may put before its date: the city, perhaps with في. */
    private static final int DATELINE_LEAD_WORDS = 4;

    private final TimexTagger tagger;

    public PublicationDateInference(TimexTagger tagger) {
        this.tagger = tagger;
    }

    public PublicationDateInference() {
        this(TimexTagger.standard());
    }

    public Optional<LocalDate> infer(String text, Span body) {
        int bodyStart = body == null ? 0 : body.start();
        int bodyEnd = body == null ? text.length() : body.end();
        // Lines before the body (after the title) first, nearest the body last: any date line there.
        int lineStart = 0;
        while (lineStart < bodyStart) {
            int lineEnd = lineEnd(text, lineStart, bodyStart);
            Optional<LocalDate> d = dateLine(text, lineStart, lineEnd);
            if (d.isPresent()) {
                return d;
            }
            lineStart = lineEnd + 1;
        }
        // Then the opening lines of the body: a date line, or a dateline opening the first paragraph.
        int start = bodyStart;
        for (int n = 0; n < BODY_LINES && start < bodyEnd; ) {
            int end = lineEnd(text, start, bodyEnd);
            if (text.substring(start, end).isBlank()) {
                start = end + 1;
                continue;
            }
            Optional<LocalDate> d = dateLine(text, start, end);
            if (d.isEmpty()) {
                d = dateline(text, start, end);
            }
            if (d.isPresent()) {
                return d;
            }
            start = end + 1;
            n++;
        }
        return Optional.empty();
    }

    private static int lineEnd(String text, int from, int limit) {
        int i = text.indexOf('\n', from);
        return i < 0 || i > limit ? limit : i;
    }

    /** A full date in the line at {@code [start, end)}, first one only. */
    private Optional<TimeExpression> fullDate(String text, int start, int end) {
        List<TimeExpression> found = tagger.tag(text, Span.of(text, start, end), null);
        return found.stream()
                .filter(t -> t.value() != null && t.value().length() == 10)
                .filter(t -> plausible(LocalDate.parse(t.value())))
                .findFirst();
    }

    private static boolean plausible(LocalDate d) {
        return d.getYear() >= 1990 && d.getYear() <= 2100;
    }

    /** A short line made of a full date and at most a few other words. */
    private Optional<LocalDate> dateLine(String text, int start, int end) {
        Optional<TimeExpression> date = fullDate(text, start, end);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        Span s = date.get().span();
        int others = words(text.substring(start, s.start())) + words(text.substring(s.end(), end));
        return others <= DATE_LINE_OTHER_WORDS ? Optional.of(LocalDate.parse(date.get().value())) : Optional.empty();
    }

    /** "القاهرة في 12 يناير 2020 - …", "بيروت (14 يناير 2020) –": a city, the date, then a dash or colon. */
    private Optional<LocalDate> dateline(String text, int start, int end) {
        Optional<TimeExpression> date = fullDate(text, start, end);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        Span s = date.get().span();
        String lead = text.substring(start, s.start()).strip();
        if (words(lead) > DATELINE_LEAD_WORDS || TimeWord.DATELINE_PREPOSITION_WRITTEN.has(lead)) {
            return Optional.empty();
        }
        String after = text.substring(s.end(), end).stripLeading();
        if (after.startsWith(")")) {
            after = after.substring(1).stripLeading();
        }
        boolean separated = after.isEmpty() || "-–—:|/".indexOf(after.charAt(0)) >= 0;
        return separated ? Optional.of(LocalDate.parse(date.get().value())) : Optional.empty();
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }
}

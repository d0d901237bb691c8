package org.mizan.ingest.document;

import java.util.ArrayList;
import java.util.List;
import org.mizan.core.Span;

/**
 * Splits a region of a text into sentence spans, trimmed of white space. A sentence ends at a line
 * break or after a full stop (Latin "." or Arabic "۔"), "؟", "?" or "!" followed by white space, with any
 * closing quotes or brackets that follow it. It does not end inside a quotation (« », “ ”, " " closed on
 * the same line), on a decimal point (31.5), after an initial or one-letter abbreviation ("د." "أ.ف.ب"),
 * after a listed abbreviation ("Dr."), after a list number ("2. "), or on a run of dots ("..", "...", "…"). One pass, linear in the
 * region's length: quotation ends are found through a precomputed next-closer table.
 */
public final class SentenceSplitter {

    /** A quotation longer than this is taken for an unbalanced quote mark, not a quotation. */
    private static final int MAX_QUOTE_CHARS = 3000;

    private final Lexicon abbreviations;

    SentenceSplitter(Lexicon abbreviations) {
        this.abbreviations = abbreviations;
    }

    public static SentenceSplitter standard() {
        return new SentenceSplitter(Lexicons.ABBREVIATIONS);
    }

    /** The sentences of {@code region}, skipping whatever lies inside the {@code excluded} spans. */
    public List<Span> split(String text, Span region, List<Span> excluded) {
        List<Span> sentences = new ArrayList<>();
        int from = region.start();
        for (Span gap : excluded) {
            if (gap.end() <= from || gap.start() >= region.end()) {
                continue;
            }
            if (gap.start() > from) {
                splitInto(text, from, gap.start(), sentences);
            }
            from = Math.max(from, gap.end());
        }
        if (from < region.end()) {
            splitInto(text, from, region.end(), sentences);
        }
        return sentences;
    }

    public List<Span> split(String text, Span region) {
        return split(text, region, List.of());
    }

    private void splitInto(String text, int start, int end, List<Span> out) {
        int[] nextCloser = nextClosers(text, start, end);
        int sentenceStart = start;
        int quotedUntil = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                emit(text, sentenceStart, i, out);
                sentenceStart = i + 1;
                quotedUntil = -1;
                continue;
            }
            if (i <= quotedUntil) {
                continue;
            }
            if (isOpener(c)) {
                int close = nextCloser[i - start];
                if (close > i && close - i <= MAX_QUOTE_CHARS) {
                    quotedUntil = close;
                }
                continue;
            }
            if (isSentenceEnd(text, i, start, end) && !isListNumber(text, sentenceStart, i)) {
                int after = i + 1;
                while (after < end && (isTerminator(text.charAt(after)) || isCloser(text.charAt(after)))) {
                    after++;
                }
                emit(text, sentenceStart, after, out);
                sentenceStart = after;
                i = after - 1;
            }
        }
        emit(text, sentenceStart, end, out);
    }

    private boolean isSentenceEnd(String text, int i, int start, int end) {
        char c = text.charAt(i);
        if (!isTerminator(c)) {
            return false;
        }
        int after = i + 1;
        while (after < end && isCloser(text.charAt(after))) {
            after++;
        }
        // Only before white space or the end: "www.site.com", "1.7" and "أ.ف.ب" run on.
        if (after < end && !Lexicon.isSpace(text.charAt(after)) && !isTerminator(text.charAt(after))) {
            return false;
        }
        if (c != '.' && c != '۔') {
            return true;
        }
        char before = i > start ? text.charAt(i - 1) : ' ';
        if (before == '.') {
            return false; // the end of ".." or "...": a pause, not a stop
        }
        if (i + 1 < end && text.charAt(i + 1) == '.') {
            return false;
        }
        int wordStart = i;
        while (wordStart > start && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        int letters = i - wordStart;
        if (letters == 1 && (wordStart == start || !Character.isLetterOrDigit(text.charAt(wordStart - 1)))) {
            return false; // an initial: "د." "J." "ف" in "أ.ف.ب."
        }
        return letters == 0 || !abbreviations.contains(Lexicon.key(text.substring(wordStart, i)));
    }

    /** "2. نص البند": a number alone before the stop, at the start of the sentence, numbers a list item. */
    private static boolean isListNumber(String text, int sentenceStart, int stop) {
        int s = sentenceStart;
        while (s < stop && Lexicon.isSpace(text.charAt(s))) {
            s++;
        }
        if (s == stop || stop - s > 3) {
            return false;
        }
        for (int i = s; i < stop; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * For every opening quote mark at offset {@code start + j}, the offset of its closing mark on the
     * same line (or -1). One backward pass.
     */
    private static int[] nextClosers(String text, int start, int end) {
        int[] next = new int[end - start];
        int guillemet = -1;
        int curly = -1;
        int straight = -1;
        for (int i = end - 1; i >= start; i--) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                guillemet = curly = straight = -1;
            }
            switch (c) {
                case '«' -> next[i - start] = guillemet;
                case '“' -> next[i - start] = curly;
                case '"' -> next[i - start] = straight;
                default -> next[i - start] = -1;
            }
            if (c == '»') {
                guillemet = i;
            } else if (c == '”') {
                curly = i;
            } else if (c == '"') {
                straight = i;
            }
        }
        return next;
    }

    private static void emit(String text, int from, int to, List<Span> out) {
        int s = from;
        int e = to;
        while (s < e && Lexicon.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && Lexicon.isSpace(text.charAt(e - 1))) {
            e--;
        }
        if (LineClassifier.hasLetterOrDigit(text, s, e)) {
            out.add(Span.of(text, s, e));
        }
    }

    private static boolean isOpener(char c) {
        return c == '«' || c == '“' || c == '"';
    }

    private static boolean isCloser(char c) {
        return c == '»' || c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '۔' || c == '؟' || c == '?' || c == '!';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }
}

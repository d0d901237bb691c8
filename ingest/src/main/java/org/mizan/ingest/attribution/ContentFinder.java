package org.mizan.ingest.attribution;

import java.util.List;
import org.mizan.core.Span;
import org.mizan.core.text.Affix;

/**
 * Delimits what was said: from after the complementiser (أن/إن/إلى أن/colon) — or after the speaker,
 * or the cue when the speaker is implicit — to the end of the reported clause: the sentence end, or the
 * next cue of the sentence, which starts a new claim ("، مؤكدا أن ..." by the same speaker).
 */
public final class ContentFinder {

    private static final int MARKER_WINDOW = 14;
    /** Words a quoted name may have ("«صحيفة النهار»"); a longer quotation is speech. */
    private static final int QUOTED_NAME_WORDS = 4;
    /**
     * How far the complementiser may stand when an adjunct of the act of saying comes first: "وقال
     * الوزير، خلال لقاء جمعه بنظيره الهولندي في لاهاي ظهر أمس، إن …".
     */
    private static final int ADJUNCT_WINDOW = 30;

    private final Lexicons lex;

    ContentFinder(Lexicons lex) {
        this.lex = lex;
    }

    public static ContentFinder standard() {
        return new ContentFinder(Lexicons.get());
    }

    /**
     * @param after     sentence-local index of the last token before the content may start (cue or speaker)
     * @param nextCue   sentence-local index of the next cue, or the sentence size
     */
    public Span content(String text, List<Token> s, int after, int nextCue) {
        int limit = Math.min(nextCue, s.size());
        int opening = opening(s, after, nextCue);
        int from = opening >= 0 ? opening : after + 1;
        int to = limit - 1;
        while (to >= from && (trailing(s.get(to)))) {
            to--;
        }
        // leading commas and time adjuncts belong to the act of saying, not to what was said
        while (from <= to && (s.get(from).punctuation() && !s.get(from).isOpeningQuote()
                || lex.boundaries.get(s.get(from).afterConjunction()) == Lexicons.Boundary.TIME)) {
            from++;
        }
        if (from > to) {
            Token last = s.get(Math.min(after, s.size() - 1));
            return Span.of(text, last.end(), last.end());
        }
        return Span.of(text, s.get(from).start(), s.get(to).end());
    }

    /**
     * What a cue reports: the content after it, or — for a postposed attribution with nothing opened after
     * it ("…، حسبما أفادت الوكالة."، "…، كما صرح مصدر أمني.") — the clause before it.
     *
     * @param previousLast sentence-local index of the previous cue's last token, or -1
     */
    public Span reported(String text, List<Token> s, Cue cue, int after, int nextCue, int previousLast) {
        Span content = content(text, s, after, nextCue);
        boolean postposed = cue.isPhrase() || content.length() == 0
                || cue.first() > 0 && WordClass.AS_CONJUNCTION.has(s.get(cue.first() - 1).folded());
        if (!postposed || opening(s, after, nextCue) >= 0) {
            return content;
        }
        Span before = preceding(text, s, cue.first(), previousLast, cue.isPhrase());
        return before != null ? before : content;
    }

    /**
     * Where the content opens after {@code after}: after a complementiser or colon, at an opening quote;
     * -1 when none stands within the window.
     */
    private int opening(List<Token> s, int after, int nextCue) {
        int limit = Math.min(nextCue, s.size());
        int window = opensAdjunct(s, after + 1) ? ADJUNCT_WINDOW : MARKER_WINDOW;
        for (int j = after + 1; j < limit && j <= after + window; j++) {
            Token t = s.get(j);
            if (t.isColon()) {
                return j + 1;
            }
            if (t.isOpeningQuote()) {
                int close = quotedName(s, j, limit, after + window);
                if (close < 0) {
                    return j;
                }
                j = close; // "قال لـ«صحيفة النهار» الثلاثاء إن": a quoted name, the content opens later
                continue;
            }
            if (!t.punctuation() && lex.boundaries.get(t.afterConjunction()) == Lexicons.Boundary.COMPLEMENTISER) {
                return j + 1;
            }
        }
        return -1;
    }

    /**
     * The closing quote of a quoted name at {@code open} — at most {@link #QUOTED_NAME_WORDS} words, with a
     * complementiser or colon still to come before {@code limit} — or -1 when the quote opens speech.
     */
    private int quotedName(List<Token> s, int open, int limit, int windowEnd) {
        int close = -1;
        for (int k = open + 1; k < limit && k <= open + QUOTED_NAME_WORDS + 1; k++) {
            if (s.get(k).isQuote()) {
                close = k;
                break;
            }
            if (s.get(k).punctuation()) {
                return -1;
            }
        }
        if (close < 0) {
            return -1;
        }
        for (int k = close + 1; k < limit && k <= windowEnd; k++) {
            Token t = s.get(k);
            if (t.isColon() || !t.punctuation() && lex.boundaries.get(t.afterConjunction()) == Lexicons.Boundary.COMPLEMENTISER) {
                return close;
            }
            if (t.isQuote() || t.isSentenceEnd()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * What a postposed attribution reports — "قتل خمسة جنود، حسبما أفادت الوكالة."، "…، كما قال مسؤول
     * كبير." — the clause before it, from after the previous cue (or the sentence start) to the comma; null
     * when the cue does not follow a comma. A source phrase needs no comma: "قتل عشرون شخصا وفق الأمم المتحدة."
     */
    private Span preceding(String text, List<Token> s, int cue, int previousLast, boolean phrase) {
        int to = cue - 1;
        if (to >= 0 && !s.get(to).punctuation() && WordClass.AS_CONJUNCTION.has(s.get(to).afterConjunction())) {
            to--;
        }
        if (to <= previousLast || !s.get(to).isComma() && !(phrase && !s.get(to).punctuation())) {
            return null;
        }
        while (to > previousLast && trailing(s.get(to))) {
            to--;
        }
        int from = previousLast + 1;
        while (from <= to && s.get(from).punctuation() && !s.get(from).isOpeningQuote()) {
            from++;
        }
        return from > to ? null : Span.of(text, s.get(from).start(), s.get(to).end());
    }

    private static boolean opensAdjunct(List<Token> s, int i) {
        if (i >= s.size()) {
            return false;
        }
        Token t = s.get(i);
        return t.punctuation() && !t.isColon() && !t.isQuote() || !t.punctuation() && WordClass.OCCASION_PREPOSITION.has(t.afterConjunction());
    }

    private static boolean trailing(Token t) {
        return t.punctuation() && !t.isQuote() && !t.isBracket() || !t.punctuation() && Affix.WA.has(t.folded());
    }
}

package org.mizan.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells what a single line is ({@link LineKind}) from its shape and the page-furniture lexicons. Pure
 * and line-local: where a line stands (head, tail, inside a list) is the {@link BoilerplateStripper}'s
 * business.
 */
final class LineClassifier {

    /** Longer lines are article text whatever they start with; keeps every check on short input. */
    static final int MAX_FURNITURE_CHARS = 400;
    static final int MAX_HEADLINE_WORDS = 20;
    static final int MAX_TEASER_WORDS = 40;
    static final int MAX_TRAILER_WORDS = 15;
    static final int MAX_SOURCE_WORDS = 12;
    /** A source marker needs a separator after it ("المصدر:") unless the whole line is this short. */
    static final int MAX_BARE_SOURCE_WORDS = 6;

    // Applied to folded keys (ASCII digits) of at most 40 chars: short input, no nested quantifiers.
    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4})?\\s?(\\d{1,2}:\\d{2}(:\\d{2})?)?\\s?("
            + String.join("|", DocumentWord.DAY_PERIOD_MARK.list()) + "|am|pm|gmt)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\d{1,2} \\p{L}{3,12} \\d{4}");

    private final Lexicon listHeadings;
    private final Lexicon trailerMarkers;
    private final Lexicon sourceMarkers;
    private final Lexicon shareWords;

    LineClassifier(Lexicon listHeadings, Lexicon trailerMarkers, Lexicon sourceMarkers, Lexicon shareWords) {
        this.listHeadings = listHeadings;
        this.trailerMarkers = trailerMarkers;
        this.sourceMarkers = sourceMarkers;
        this.shareWords = shareWords;
    }

    static LineClassifier standard() {
        return new LineClassifier(Lexicons.LIST_HEADINGS, Lexicons.TRAILER_MARKERS, Lexicons.SOURCE_MARKERS,
                Lexicons.SHARE_WORDS);
    }

    LineKind classify(String text, TextLine line) {
        return classify(text, line.start(), line.end(), line.words());
    }

    /** The kind of the line content {@code text[start, end)} (already trimmed), of {@code words} words. */
    LineKind classify(String text, int start, int end, int words) {
        if (start == end) {
            return LineKind.BLANK;
        }
        if (!hasLetterOrDigit(text, start, end)) {
            return LineKind.FILLER;
        }
        if (end - start <= MAX_FURNITURE_CHARS) {
            String bare = bare(Lexicon.key(text.substring(start, end)));
            if (bare.length() <= 40 && isDate(bare)) {
                return LineKind.DATE;
            }
            if (isListHeading(bare)) {
                return LineKind.LIST_HEADING;
            }
            if (words <= MAX_TRAILER_WORDS && trailerMarkers.prefixOf(bare) != null) {
                return LineKind.TRAILER;
            }
            if (sharePrefixEnd(text, start, end, 1) == end) {
                return LineKind.SHARE;
            }
            if (isSourceLine(bare, words)) {
                return LineKind.SOURCE;
            }
        }
        if (words <= MAX_HEADLINE_WORDS && isLinkMarked(text, start, end)) {
            return LineKind.LINK;
        }
        if (words <= MAX_TEASER_WORDS && endsWithEllipsis(text, start, end)) {
            return LineKind.TEASER;
        }
        if (words <= MAX_HEADLINE_WORDS) {
            return endsWithFullStop(text, start, end) ? LineKind.SHORT_SENTENCE : LineKind.HEADLINE;
        }
        return LineKind.PROSE;
    }

    boolean isListHeading(String bare) {
        return listHeadings.contains(bare) || glued(listHeadings, bare);
    }

    /**
     * "مقالات أخرى للكاتبرحل الأب…": a heading run into its first linked title without a space. Only
     * headings of three words or more, which no ordinary word continues.
     */
    private static boolean glued(Lexicon lexicon, String bare) {
        String entry = lexicon.gluedPrefixOf(bare);
        return entry != null && entry.split(" ").length >= 3 && bare.length() > entry.length()
                && Character.isLetter(bare.charAt(entry.length()));
    }

    private boolean isSourceLine(String bare, int words) {
        if (words > MAX_SOURCE_WORDS) {
            return false;
        }
        String marker = sourceMarkers.prefixOf(bare);
        if (marker == null) {
            return false;
        }
        if (words <= MAX_BARE_SOURCE_WORDS) {
            return true;
        }
        String rest = bare.substring(marker.length()).stripLeading();
        return !rest.isEmpty() && ":|-–—".indexOf(rest.charAt(0)) >= 0;
    }

    /**
     * Where the text of a line starts once a leading run of share and navigation words is skipped
     * ("Next Previous عين اليوم – الرياض" -> "عين اليوم"); {@code start} when the run has fewer than
     * {@code minPhrases} phrases, {@code end} when the whole line is such a run.
     */
    int sharePrefixEnd(String text, int start, int end, int minPhrases) {
        List<int[]> words = words(text, start, Math.min(end, start + MAX_FURNITURE_CHARS));
        int i = 0;
        int phrases = 0;
        while (i < words.size()) {
            int n = shareWords.wordsMatchedAt(text, words, i, 3);
            if (n == 0) {
                break;
            }
            i += n;
            phrases++;
        }
        if (phrases == 0) {
            return start;
        }
        if (i == words.size() && words.get(i - 1)[1] == end) {
            return end;
        }
        return phrases >= minPhrases && i < words.size() ? words.get(i)[0] : start;
    }

    /** The key without list bullets and brackets before it nor separators after it. */
    static String bare(String key) {
        int s = 0;
        int e = key.length();
        while (s < e && "*•■●▪◦·-–—>»(".indexOf(key.charAt(s)) >= 0 || s < e && key.charAt(s) == ' ') {
            s++;
        }
        while (e > s && (":|-–—)".indexOf(key.charAt(e - 1)) >= 0 || key.charAt(e - 1) == ' ')) {
            e--;
        }
        return key.substring(s, e);
    }

    static boolean isDate(String bare) {
        if (bare.isEmpty() || !Character.isDigit(bare.charAt(0))) {
            return false;
        }
        return DATE.matcher(bare).matches() || DAY_MONTH_YEAR.matcher(bare).matches();
    }

    /** ">> عنوان" or "<< عنوان": the web's mark of a link to another page, on a headline without a stop. */
    static boolean isLinkMarked(String text, int start, int end) {
        return end - start > 2 && (text.startsWith(">>", start) || text.startsWith("<<", start)
                || text.startsWith("»»", start)) && !endsWithFullStop(text, start, end);
    }

    static boolean endsWithEllipsis(String text, int start, int end) {
        int e = skipClosers(text, start, end);
        if (e > start && text.charAt(e - 1) == '…') {
            return true;
        }
        return e - start >= 3 && text.startsWith("...", e - 3);
    }

    static boolean endsWithFullStop(String text, int start, int end) {
        int e = skipClosers(text, start, end);
        if (e == start) {
            return false;
        }
        char c = text.charAt(e - 1);
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '۔';
    }

    private static int skipClosers(String text, int start, int end) {
        int e = end;
        while (e > start && "\"'”’»)]".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The [start, end) of each space-separated word in {@code text[start, end)}. */
    static List<int[]> words(String text, int start, int end) {
        List<int[]> words = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && Lexicon.isSpace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < end && !Lexicon.isSpace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                words.add(new int[] {s, i});
            }
        }
        return words;
    }
}

package org.mizan.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mizan.core.Span;
import org.mizan.core.text.ArabicFolding;

/**
 * Separates an article's body from what a scraper brought along with it. A scraped news page reads,
 * line by line: an optional site-name line, the title, the body, a source line ("المصدر: وكالات"), then
 * lists of other articles under a heading ("أحدث الأخبار", "أخبار متعلقة") made of headlines, teasers
 * cut with "…" and dates, then share and footer lines. The rules here are structural (line shapes and
 * the order above) with small lexicons for headings, sources and widgets; none names a site.
 *
 * <p>A byline or dateline opening the article ("حامد السلمي – عين اليوم", "هافانا (ا ف ب) -") belongs to
 * the body; only a lone short line followed by a title line is taken for a site name.
 */
public final class BoilerplateStripper {

    private static final int MAX_TITLE_WORDS = 25;
    /** Two words make a photo caption or a name ("الرئيس مرسي") more often than a headline. */
    private static final int MIN_TITLE_WORDS = 3;
    private static final int MAX_SITE_NAME_WORDS = 4;
    /** A line before the given title's line is taken for a site name only if at most this long. */
    private static final int MAX_LEADING_LINE_WORDS = 6;
    private static final int MAX_BYLINE_WORDS = 7;

    private final LineClassifier classifier;
    private final Lexicon bylines;

    BoilerplateStripper(LineClassifier classifier, Lexicon bylines) {
        this.classifier = classifier;
        this.bylines = bylines;
    }

    public static BoilerplateStripper standard() {
        return new BoilerplateStripper(LineClassifier.standard(), Lexicons.BYLINES);
    }

    /**
     * @param givenTitle the title the caller gave, or null: then the title is looked for in the text
     * @param outlet     the outlet's name if known: a first line equal to it is a site-name line
     */
    Layout strip(String text, String givenTitle, String outlet) {
        Page page = new Page(text, TextLine.split(text));
        // Order matters: widgets and trailers first, so that list blocks and the tail see only what is
        // left; the head (site name, title) next, on the first lines still standing; the tail last, so
        // that the source line is looked for right after the last line of body.
        cutShareWidgets(page);
        cutTrailer(page);
        cutListBlocks(page);
        cutHeadlessTeaserLists(page);
        Span titleSpan = findTitle(page, givenTitle, outlet);
        Span provenance = cutTail(page);
        Span body = body(page);
        if (body == null) {
            // Nothing left that reads like article text: analyse the text as it is rather than nothing.
            return new Layout(null, trimmedWhole(text), null, List.of());
        }
        return new Layout(titleSpan, body, provenance, page.strippedSpans());
    }

    // ---- widgets and trailers

    private void cutShareWidgets(Page page) {
        for (TextLine line : page.lines) {
            int k = line.index();
            if (page.kinds[k] == LineKind.SHARE || page.kinds[k] == LineKind.LINK) {
                page.cut[k] = true;
            } else if (!line.blank()) {
                int from = classifier.sharePrefixEnd(page.text, line.start(), line.end(), 2);
                if (from > line.start() && from < line.end()) {
                    page.partial.add(Span.of(page.text, line.start(), trimEnd(page.text, line.start(), from)));
                    page.contentStart[k] = from;
                    page.kinds[k] = classifier.classify(page.text, from, line.end(), countWords(page.text, from, line.end()));
                }
            }
        }
    }

    private void cutTrailer(Page page) {
        int firstText = -1;
        for (int k = 0; k < page.size(); k++) {
            if (page.cut[k]) {
                continue;
            }
            LineKind kind = page.kinds[k];
            if (kind == LineKind.TRAILER && firstText >= 0) {
                for (int j = k; j < page.size(); j++) {
                    page.cut[j] = true;
                }
                break;
            }
            if (kind == LineKind.PROSE || kind == LineKind.SHORT_SENTENCE) {
                firstText = k;
            }
        }
        cutTrailerInsideLastLine(page);
    }

    /**
     * The end of the last line: a trailer or a tag list run into the last sentence ("… ودول الجوار. سمات
     * إيران الاتفاق النووي"), or a last line that is a tag list ("سمات إيران الاتفاق النووي").
     */
    private void cutTrailerInsideLastLine(Page page) {
        int last = page.previousStanding(page.size() - 1);
        if (last < 0) {
            return;
        }
        TextLine line = page.lines.get(last);
        String content = page.content(last);
        if (content.length() <= LineClassifier.MAX_FURNITURE_CHARS && !containsSentenceStop(content)
                && page.words(last) <= LineClassifier.MAX_TRAILER_WORDS
                && Lexicons.TAG_MARKERS.prefixOf(LineClassifier.bare(Lexicon.key(content))) != null
                && page.previousStanding(last - 1) >= 0) {
            page.cut[last] = true;
            return;
        }
        int from = Math.max(page.contentStart[last], line.end() - LineClassifier.MAX_FURNITURE_CHARS);
        String tail = page.text.substring(from, line.end());
        String folded = foldKeepingLength(tail);
        int best = -1;
        List<String> markers = new ArrayList<>(Lexicons.TRAILER_MARKERS.entries());
        markers.addAll(Lexicons.TAG_MARKERS.entries());
        for (String marker : markers) {
            for (String stop : new String[] {". ", "! ", "? ", "؟ "}) {
                int at = folded.lastIndexOf(stop + marker);
                if (at >= 0 && (best < 0 || at < best)) {
                    int after = at + stop.length() + marker.length();
                    boolean boundary = after >= folded.length() || !Character.isLetterOrDigit(folded.charAt(after));
                    String rest = tail.substring(at + stop.length());
                    if (boundary && countWords(rest, 0, rest.length()) <= LineClassifier.MAX_TRAILER_WORDS
                            && !containsSentenceStop(rest)) {
                        best = at + 1;
                    }
                }
            }
        }
        if (best >= 0) {
            int cutFrom = from + best;
            while (cutFrom < line.end() && Lexicon.isSpace(page.text.charAt(cutFrom))) {
                cutFrom++;
            }
            page.partial.add(Span.of(page.text, cutFrom, line.end()));
            page.contentEnd[last] = trimEnd(page.text, line.start(), cutFrom);
        }
    }

    // ---- lists of other articles

    private void cutListBlocks(Page page) {
        for (int k = 0; k < page.size(); k++) {
            if (page.cut[k] || page.kinds[k] != LineKind.LIST_HEADING) {
                continue;
            }
            page.cut[k] = true;
            int j = k + 1;
            while (j < page.size() && continuesList(page, j)) {
                page.cut[j] = true;
                j++;
            }
            k = j - 1;
        }
    }

    /** Lines a list of linked articles is made of; a paragraph of prose ends it. */
    private boolean continuesList(Page page, int k) {
        switch (page.kinds[k]) {
            case BLANK, FILLER, DATE, TEASER, HEADLINE, SHARE, LINK, LIST_HEADING, TRAILER, SOURCE:
                return true;
            case SHORT_SENTENCE:
                // A linked headline may end with a full stop; its teaser or date then follows.
                int next = page.nextNonBlank(k + 1);
                return next >= 0 && (page.kinds[next] == LineKind.TEASER || page.kinds[next] == LineKind.DATE);
            default:
                return false;
        }
    }

    /** Teaser-and-date runs with no heading: [headline] teaser… date, repeated. */
    private void cutHeadlessTeaserLists(Page page) {
        for (int k = 0; k < page.size(); k++) {
            if (page.cut[k] || page.kinds[k] != LineKind.DATE) {
                continue;
            }
            int teaser = page.previousStanding(k - 1);
            if (teaser < 0 || page.kinds[teaser] != LineKind.TEASER) {
                continue;
            }
            int first = teaser;
            int headline = page.previousStanding(teaser - 1);
            if (headline >= 0 && (page.kinds[headline] == LineKind.HEADLINE || page.kinds[headline] == LineKind.SHORT_SENTENCE)) {
                first = headline;
            }
            int j = first;
            while (j < page.size() && (j <= k || continuesList(page, j))) {
                page.cut[j] = true;
                j++;
            }
            k = j - 1;
        }
    }

    // ---- head: site name and title

    private Span findTitle(Page page, String givenTitle, String outlet) {
        int h0 = page.nextStanding(0);
        if (h0 < 0) {
            return null;
        }
        int h1 = page.nextStanding(h0 + 1);
        if (outlet != null && !outlet.isBlank() && sameText(page.contentKey(h0), letters(outlet)) && h1 >= 0) {
            page.cut[h0] = true;
            h0 = h1;
            h1 = page.nextStanding(h0 + 1);
        }
        if (givenTitle != null) {
            String title = letters(givenTitle);
            if (sameText(page.contentKey(h0), title)) {
                return page.takeTitle(h0);
            }
            if (h1 >= 0 && sameText(page.contentKey(h1), title) && page.words(h0) <= MAX_LEADING_LINE_WORDS) {
                page.cut[h0] = true;
                return page.takeTitle(h1);
            }
            return null;
        }
        if (h1 < 0) {
            return null;
        }
        int h2 = page.nextStanding(h1 + 1);
        if (h2 >= 0 && isSiteName(page, h0) && isTitleLike(page, h1)) {
            page.cut[h0] = true;
            return page.takeTitle(h1);
        }
        if (isTitleLike(page, h0)) {
            return page.takeTitle(h0);
        }
        return null;
    }

    private boolean isSiteName(Page page, int k) {
        if (page.kinds[k] != LineKind.HEADLINE || page.words(k) > MAX_SITE_NAME_WORDS || isByline(page, k)) {
            return false;
        }
        String content = page.content(k);
        for (int i = 0; i < content.length(); i++) {
            if (Character.isDigit(content.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean isTitleLike(Page page, int k) {
        LineKind kind = page.kinds[k];
        int words = page.words(k);
        if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS || isByline(page, k)) {
            return false;
        }
        String content = page.content(k);
        if (Character.isDigit(content.charAt(0))) {
            return false; // "1-يدير مصر …": an item of a numbered list, not a headline
        }
        char last = content.charAt(content.length() - 1);
        if (last == ':' || last == '.' || last == '،' || last == ',') {
            return false;
        }
        return kind == LineKind.HEADLINE || kind == LineKind.SHORT_SENTENCE || kind == LineKind.PROSE;
    }

    /**
     * An agency or author line that opens the body: "رويترز", "أ ش أ", "عين اليوم – القاهرة",
     * "كتب- إبراهيم عياد:", "من ستيفاني نيبيهاي", "واشنطن (ا ف ب) -".
     */
    private boolean isByline(Page page, int k) {
        String content = page.content(k);
        String bare = LineClassifier.bare(Lexicon.key(content.length() > 200 ? content.substring(0, 200) : content));
        if (bylines.contains(bare)) {
            return true;
        }
        int open = bare.indexOf('(');
        int close = open >= 0 ? bare.indexOf(')', open) : -1;
        if (close > open && bylines.contains(bare.substring(open + 1, close).trim())) {
            return true;
        }
        int words = page.words(k);
        if (words > MAX_BYLINE_WORDS) {
            return false;
        }
        if (content.endsWith(":") || content.contains(" – ") || content.contains(" - ") || content.contains("- ")
                || content.contains(" -") || content.contains("–")) {
            return true;
        }
        for (String word : bare.split(" ")) {
            if (bylines.contains(word)) {
                return true;
            }
        }
        return DocumentWord.BYLINE_OPENER.prefixes(bare)
                || DocumentWord.BYLINE_FROM.list().stream().anyMatch(w -> bare.startsWith(w + " ")) && words <= 4;
    }

    // ---- tail: source line and stray dates after the body

    private Span cutTail(Page page) {
        Span provenance = null;
        int k = page.previousStanding(page.size() - 1);
        while (k >= 0) {
            LineKind kind = page.kinds[k];
            if (kind == LineKind.FILLER) {
                page.outside[k] = true;
            } else if (kind == LineKind.SOURCE) {
                if (provenance != null) {
                    page.cut[page.provenanceLine] = true;
                }
                provenance = page.span(k);
                page.provenanceLine = k;
                page.outside[k] = true;
            } else if (kind == LineKind.DATE || kind == LineKind.TRAILER) {
                page.cut[k] = true;
            } else {
                break;
            }
            k = page.previousStanding(k - 1);
        }
        return provenance;
    }

    // ---- body

    private Span body(Page page) {
        int first = -1;
        int last = -1;
        for (int k = 0; k < page.size(); k++) {
            if (page.standing(k) && k != page.titleLine && page.kinds[k] != LineKind.FILLER) {
                if (first < 0 && k > page.titleLine) {
                    first = k;
                }
                if (first >= 0) {
                    last = k;
                }
            }
        }
        if (first < 0) {
            return null;
        }
        return Span.of(page.text, page.contentStart[first], page.contentEnd[last]);
    }

    private static Span trimmedWhole(String text) {
        int s = 0;
        int e = text.length();
        while (s < e && Lexicon.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && Lexicon.isSpace(text.charAt(e - 1))) {
            e--;
        }
        return Span.of(text, s, e);
    }

    // ---- helpers

    /** Letters and digits of a phrase, folded, words separated by one space: how titles are compared. */
    static String letters(String s) {
        String key = Lexicon.key(s);
        StringBuilder out = new StringBuilder(key.length());
        boolean space = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /** Equal, or one a prefix of the other covering most of it (a title cut short or with a suffix). */
    static boolean sameText(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return longer.startsWith(shorter) && shorter.length() * 5 >= longer.length() * 4;
    }

    private static String foldKeepingLength(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = ArabicFolding.fold(c);
            out.append(f == '\0' ? '\u0640' : Lexicon.isSpace(c) ? ' ' : f);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean containsSentenceStop(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '؟') {
                return true;
            }
        }
        return false;
    }

    private static int countWords(String text, int start, int end) {
        return LineClassifier.words(text, start, end).size();
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Lexicon.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Mutable working state of one strip: the lines, their kinds and what has been cut. */
    private final class Page {
        final String text;
        final List<TextLine> lines;
        final LineKind[] kinds;
        final boolean[] cut;
        /** Not cut as boilerplate, but not body either: filler and the provenance line. */
        final boolean[] outside;
        final int[] contentStart;
        final int[] contentEnd;
        final List<Span> partial = new ArrayList<>();
        int titleLine = -1;
        int provenanceLine = -1;

        Page(String text, List<TextLine> lines) {
            this.text = text;
            this.lines = lines;
            int n = lines.size();
            kinds = new LineKind[n];
            cut = new boolean[n];
            outside = new boolean[n];
            contentStart = new int[n];
            contentEnd = new int[n];
            for (TextLine line : lines) {
                kinds[line.index()] = classifier.classify(text, line);
                contentStart[line.index()] = line.start();
                contentEnd[line.index()] = line.end();
            }
        }

        int size() {
            return lines.size();
        }

        boolean standing(int k) {
            return !cut[k] && !outside[k] && kinds[k] != LineKind.BLANK;
        }

        int nextStanding(int from) {
            for (int k = Math.max(from, 0); k < size(); k++) {
                if (standing(k) && kinds[k] != LineKind.FILLER) {
                    return k;
                }
            }
            return -1;
        }

        int previousStanding(int from) {
            for (int k = Math.min(from, size() - 1); k >= 0; k--) {
                if (standing(k)) {
                    return k;
                }
            }
            return -1;
        }

        int nextNonBlank(int from) {
            for (int k = from; k < size(); k++) {
                if (kinds[k] != LineKind.BLANK) {
                    return k;
                }
            }
            return -1;
        }

        String content(int k) {
            return text.substring(contentStart[k], contentEnd[k]);
        }

        String contentKey(int k) {
            int end = Math.min(contentEnd[k], contentStart[k] + LineClassifier.MAX_FURNITURE_CHARS);
            return letters(text.substring(contentStart[k], end));
        }

        int words(int k) {
            return contentStart[k] == lines.get(k).start() && contentEnd[k] == lines.get(k).end()
                    ? lines.get(k).words() : countWords(text, contentStart[k], contentEnd[k]);
        }

        Span span(int k) {
            return Span.of(text, contentStart[k], contentEnd[k]);
        }

        Span takeTitle(int k) {
            titleLine = k;
            return span(k);
        }

        /** Cut lines merged into runs (blank lines between two cut lines join them), plus partial cuts. */
        List<Span> strippedSpans() {
            List<Span> spans = new ArrayList<>(partial);
            int runStart = -1;
            int runEnd = -1;
            for (int k = 0; k < size(); k++) {
                if (kinds[k] == LineKind.BLANK) {
                    continue;
                }
                if (cut[k]) {
                    if (runStart < 0) {
                        runStart = contentStart[k];
                    }
                    runEnd = contentEnd[k];
                } else if (runStart >= 0) {
                    spans.add(Span.of(text, runStart, runEnd));
                    runStart = -1;
                }
            }
            if (runStart >= 0) {
                spans.add(Span.of(text, runStart, runEnd));
            }
            spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
            return spans;
        }
    }
}

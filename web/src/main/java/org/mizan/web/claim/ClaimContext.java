package org.mizan.web.claim;

import java.util.ArrayList;
import java.util.List;
import org.mizan.web.claim.MarkedText.Piece;
import org.mizan.web.claim.MarkedText.Range;

/**
 * The sentence a claim stands in: from the sentence break before its speaker or cue to the one after its
 * content, inside the article body, bounded so a run-on paragraph does not fill the page.
 */
public final class ClaimContext {

    static final int MAX_REACH = 320;
    private static final String BREAKS = ".!?؟\n";

    private ClaimContext() {
    }

    /** The sentence, cut into runs: the evidence words, the cue and the content marked. */
    public static List<Piece> of(ClaimEntity c, List<Range> evidence) {
        String text = c.article.text;
        int first = Math.min(c.cueStart, c.contentStart);
        if (c.speakerStart != null) {
            first = Math.min(first, c.speakerStart);
        }
        int last = Math.max(c.cueEnd, c.contentEnd);
        if (c.speakerEnd != null) {
            last = Math.max(last, c.speakerEnd);
        }
        // Clamped: a page must render even if stored offsets and text ever disagree.
        first = clamp(first, text);
        last = clamp(last, text);
        int start = sentenceStart(text, first, clamp(Math.max(c.article.bodyStart, first - MAX_REACH), text));
        int end = sentenceEnd(text, last, clamp(Math.min(c.article.bodyEnd, last + MAX_REACH), text));
        List<Range> ranges = new ArrayList<>(evidence);
        ranges.add(new Range(c.cueStart, c.cueEnd, "cue"));
        ranges.add(new Range(c.contentStart, c.contentEnd, "content"));
        return MarkedText.of(text.substring(start, end), start, ranges);
    }

    private static int clamp(int offset, String text) {
        return Math.max(0, Math.min(offset, text.length()));
    }

    static int sentenceStart(String text, int from, int floor) {
        int i = from;
        while (i > floor && BREAKS.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        while (i < from && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int sentenceEnd(String text, int from, int ceiling) {
        int i = from;
        while (i < ceiling && BREAKS.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i < ceiling && text.charAt(i) != '\n' ? i + 1 : i;
    }
}

package org.mizan.web.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A text cut into runs for display, some of them marked (evidence words, a claim's content). The
 * template escapes each run and wraps marked ones in {@code <mark>}; nothing here is HTML.
 */
public final class MarkedText {

    /** One run: its text and, if marked, what marks it ("evidence", "content", "cue"). */
    public record Piece(String text, String mark) {
        public boolean marked() {
            return mark != null;
        }
    }

    /** A range to mark, in the same coordinates as the text's {@code base}. */
    public record Range(int start, int end, String mark) {
    }

    private MarkedText() {
    }

    /**
     * Cuts {@code text}, which starts at offset {@code base} of some larger text, at every range; ranges
     * outside it are clipped or ignored, and where ranges overlap the first given wins.
     */
    public static List<Piece> of(String text, int base, List<Range> ranges) {
        if (text == null) {
            return List.of();
        }
        int length = text.length();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        List<Range> local = new ArrayList<>();
        for (Range r : ranges) {
            int s = Math.max(0, r.start() - base);
            int e = Math.min(length, r.end() - base);
            if (s < e) {
                local.add(new Range(s, e, r.mark()));
                cuts.add(s);
                cuts.add(e);
            }
        }
        List<Piece> pieces = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                String mark = null;
                for (Range r : local) {
                    if (previous >= r.start() && cut <= r.end()) {
                        mark = r.mark();
                        break;
                    }
                }
                pieces.add(new Piece(text.substring(previous, cut), mark));
            }
            previous = cut;
        }
        return pieces;
    }
}

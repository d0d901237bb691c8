package org.mizan.core.link;

import org.mizan.core.stance.ContentWord;
import org.mizan.core.text.ArabicFolding;
import org.mizan.core.text.LexiconFile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The frame of a report — when the outlet says it was said and on what occasion — as opposed to the
 * statement reported. Outlets reprinting one statement rewrite the frame (today becomes yesterday or a
 * weekday by their publication day; one adds "in a statement", another "in remarks to the press"), so
 * a frame word on one side only ({@code report-frame-words.txt}) does not count against two claims being
 * one statement. Words both sides share count as any other.
 */
final class ReportFrame {

    private static final Set<String> STEMS = load();

    private ReportFrame() {
    }

    /**
     * The share of one side's content words found on the other side, leaving out its unmatched frame words
     * ({@code match[i] < 0}: word i has no counterpart); 0 when nothing is left.
     */
    static double coverage(List<ContentWord> words, int[] match) {
        int counted = 0;
        int matched = 0;
        for (int i = 0; i < words.size(); i++) {
            if (match[i] >= 0) {
                matched++;
                counted++;
            } else if (!isFrame(words.get(i))) {
                counted++;
            }
        }
        return counted == 0 ? 0 : matched / (double) counted;
    }

    static boolean isFrame(ContentWord w) {
        return !w.isNumber() && STEMS.contains(w.stem());
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (String line : LexiconFile.lines(ReportFrame.class, "report-frame-words.txt")) {
            out.add(ArabicFolding.stem(line));
        }
        return Set.copyOf(out);
    }
}

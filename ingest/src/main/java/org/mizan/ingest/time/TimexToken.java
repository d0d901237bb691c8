package org.mizan.ingest.time;

import java.util.ArrayList;
import java.util.List;
import org.mizan.core.text.ArabicFolding;

/**
 * A token of a folded text for the time tagger: a run of letters, a run of digits, or one punctuation
 * character (line breaks included, as sentence bounds). Offsets are into the folded text.
 */
record TimexToken(String text, int start, int end, Kind kind) {

    enum Kind { WORD, NUMBER, PUNCT }

    static List<TimexToken> tokenize(String folded) {
        List<TimexToken> out = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        while (i < n) {
            char c = folded.charAt(i);
            if (isLetter(c)) {
                int j = i;
                while (j < n && isLetter(folded.charAt(j))) {
                    j++;
                }
                out.add(new TimexToken(folded.substring(i, j), i, j, Kind.WORD));
                i = j;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < n && folded.charAt(j) >= '0' && folded.charAt(j) <= '9') {
                    j++;
                }
                out.add(new TimexToken(folded.substring(i, j), i, j, Kind.NUMBER));
                i = j;
            } else {
                if (!Character.isWhitespace(c) || c == '\n') {
                    out.add(new TimexToken(String.valueOf(c), i, i + 1, Kind.PUNCT));
                }
                i++;
            }
        }
        return out;
    }

    private static boolean isLetter(char c) {
        return ArabicFolding.isArabicLetter(c) || Character.isLetter(c);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isPunct(String chars) {
        return kind == Kind.PUNCT && chars.indexOf(text.charAt(0)) >= 0;
    }

    int number() {
        return text.length() > 6 ? -1 : Integer.parseInt(text);
    }
}

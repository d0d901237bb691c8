package org.mizan.ingest.document;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a text, with the offsets of its content once surrounding white space is trimmed
 * ({@code start == end} for a blank line), and its word count.
 */
record TextLine(int index, int start, int end, int words) {

    boolean blank() {
        return start == end;
    }

    String content(String text) {
        return text.substring(start, end);
    }

    /** Splits on \n, \r\n, \r, U+2028 and U+2029; one linear pass. */
    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                lines.add(trimmed(text, lines.size(), lineStart, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        return lines;
    }

    private static TextLine trimmed(String text, int index, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Lexicon.isSpace(text.charAt(s))) {
            s++;
        }
        while (e > s && Lexicon.isSpace(text.charAt(e - 1))) {
            e--;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = s; i < e; i++) {
            boolean space = Lexicon.isSpace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return new TextLine(index, s, e, words);
    }
}

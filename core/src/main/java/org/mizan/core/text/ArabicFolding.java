package org.mizan.core.text;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;

/**
 * The one place that decides how Arabic text is folded for matching. Display and storage always keep
 * the original text; only lookup keys, lexicon matches and comparisons see the folded form.
 *
 * <p>Folding is Lucene's {@link ArabicNormalizer} (alef variants to ا, ى to ي, ة to ه, tatweel and
 * harakat removed), applied one character at a time so that every folded character keeps the offset of
 * the original one, plus Arabic-Indic and Persian digits to ASCII and the Arabic comma and question
 * mark to their Latin forms.
 */
public final class ArabicFolding {

    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final char DELETED = '\0';
    private static final char[] TABLE = buildTable();

    private ArabicFolding() {
    }

    /** The folded form of one character, or {@code '\0'} when folding deletes it (diacritics, tatweel). */
    public static char fold(char c) {
        return c < TABLE.length ? TABLE[c] : c;
    }

    /** The folded form of a string (no offsets kept); use {@link FoldedText} when offsets matter. */
    public static String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char f = fold(s.charAt(i));
            if (f != DELETED) {
                out.append(f);
            }
        }
        return out.toString();
    }

    /**
     * A light-stemmed matching key for one word (Lucene's {@link ArabicStemmer}: strips ال, و, ب, ك, ف,
     * لل and common suffixes). Aggressive by design: right for search and blocking keys, wrong for
     * names, which should be matched on {@link #fold(CharSequence)} alone.
     */
    public static String stem(String word) {
        char[] buf = fold(word).toCharArray();
        int len = new ArabicStemmer().stem(buf, buf.length);
        return new String(buf, 0, len);
    }

    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || (c >= '\u06FA' && c <= '\u06FF');
    }

    /** Arabic-Indic (٠-٩) and extended/Persian (۰-۹) digits to their ASCII value; -1 for any other char. */
    public static int digitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return c - '\u0660';
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return c - '\u06F0';
        }
        return -1;
    }

    private static char[] buildTable() {
        char[] table = new char[0x0700];
        char[] one = new char[1];
        for (char c = 0; c < table.length; c++) {
            one[0] = c;
            int len = NORMALIZER.normalize(one, 1);
            table[c] = len == 0 ? DELETED : one[0];
        }
        // Quranic annotation marks and superscript alef: not covered by the Lucene normaliser.
        for (char c = '\u0610'; c <= '\u061A'; c++) {
            table[c] = DELETED;
        }
        for (char c = '\u064B'; c <= '\u065F'; c++) {
            table[c] = DELETED;
        }
        table['\u0670'] = DELETED;
        table['\u0671'] = '\u0627'; // alef wasla
        table['\u06CC'] = '\u064A'; // Farsi yeh
        table['\u06A9'] = '\u0643'; // keheh
        for (char c = '\u0660'; c <= '\u0669'; c++) {
            table[c] = (char) ('0' + (c - '\u0660'));
        }
        for (char c = '\u06F0'; c <= '\u06F9'; c++) {
            table[c] = (char) ('0' + (c - '\u06F0'));
        }
        table['\u060C'] = ',';
        table['\u061F'] = '?';
        table['\u061B'] = ';';
        return table;
    }
}

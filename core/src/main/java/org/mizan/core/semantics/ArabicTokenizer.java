package org.mizan.core.semantics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mizan.core.text.Affix;
import org.mizan.core.text.ArabicFolding;

/**
 * Splits text into words (letters and digits; punctuation is skipped) and lists each word's
 * clitic-stripped readings, so that lexicons can be matched on bare folded forms. Stripping is
 * generous on purpose: the lexicons decide which reading is a word; a reading that is no word matches
 * nothing.
 */
public final class ArabicTokenizer {

    private static final List<String> CONJUNCTIONS = SemanticWord.TOKENIZER_CONJUNCTION.list();
    private static final List<String> PREFIXES = SemanticWord.TOKENIZER_PREFIX.list();
    private static final List<String> SUFFIXES = SemanticWord.TOKENIZER_SUFFIX.list();

    private ArabicTokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            i = wordEnd(text, i, n);
            String word = text.substring(start, i);
            String folded = ArabicFolding.fold(word);
            if (!folded.isEmpty()) {
                tokens.add(new Token(word, start, i, folded, readings(folded, word.endsWith("\u0629"))));
            }
        }
        return tokens;
    }

    /** The folded word and its readings without conjunction, preposition/article and pronoun suffix. */
    public static List<String> readings(String folded) {
        return readings(folded, false);
    }

    /**
     * As {@link #readings(String)}; {@code taMarbuta} says the word was written with final ة, which
     * folding turns into ه: then the ه is no pronoun suffix (وزارة is not و + زار + ه).
     */
    public static List<String> readings(String folded, boolean taMarbuta) {
        Set<String> out = new LinkedHashSet<>();
        out.add(folded);
        if (!Character.isLetter(folded.charAt(0)) || !ArabicFolding.isArabicLetter(folded.charAt(0))) {
            return List.copyOf(out);
        }
        List<String> stems = new ArrayList<>();
        stems.add(folded);
        for (String c : CONJUNCTIONS) {
            if (folded.startsWith(c) && folded.length() - c.length() >= 2) {
                stems.add(folded.substring(c.length()));
            }
        }
        List<String> bare = new ArrayList<>(stems);
        for (String s : stems) {
            for (String p : PREFIXES) {
                if (s.startsWith(p) && s.length() - p.length() >= 2) {
                    bare.add(s.substring(p.length()));
                }
            }
        }
        for (String s : bare) {
            out.add(s);
            for (String suf : SUFFIXES) {
                if (taMarbuta && Affix.PRONOUN_HU.has(suf)) {
                    continue;
                }
                if (s.endsWith(suf) && s.length() - suf.length() >= 2) {
                    String base = s.substring(0, s.length() - suf.length());
                    out.add(base);
                    // تاء مربوطة surfaces as ت before a suffix: استجابتهما -> استجابه
                    if (Affix.OPEN_TA.suffixes(base)) {
                        out.add(base.substring(0, base.length() - 1) + Affix.TA_MARBUTA_FOLDED.word());
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Where the word starting at {@code start} ends (exclusive, at most {@code limit}): letters, digits,
     * diacritics and tatweel, and a decimal separator between digits. The one definition of a word that
     * every stage's tokens share, so that their offsets into the original text agree.
     */
    public static int wordEnd(String text, int start, int limit) {
        int i = start;
        while (i < limit && (isWordChar(text.charAt(i)) || isJoiner(text, i) && i + 1 < limit)) {
            i++;
        }
        return i;
    }

    /** Whether a word can start with {@code c}: a letter or digit of any script, or an Arabic mark. */
    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || ArabicFolding.fold(c) == '\0' && c >= '\u0600' && c <= '\u06FF';
    }

    /** A decimal separator between digits ("2.5", "٣٫٥") belongs to the number. */
    private static boolean isJoiner(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == ',' || c == '\u066B' || c == '\u066C')
                && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }
}

package org.mizan.core.identity;

import org.mizan.core.text.Affix;
import org.mizan.core.text.ArabicFolding;

import java.util.ArrayList;
import java.util.List;

/**
 * Folded word tokens for matching names and objects. The article ال is dropped from every token so
 * that "السراج" and "سراج", "الاتفاق" and "اتفاق" key alike; both sides go through the same folding,
 * so even a name that owns its ال ("عبد الله") keys consistently.
 */
public final class NameTokens {

    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{Nd}.]+");

    private NameTokens() {
    }

    /** Folded tokens of a mention, split on anything that is not a letter or digit, ال dropped. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        String folded = ArabicFolding.fold(text);
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= folded.length(); i++) {
            char c = i < folded.length() ? folded.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                token.append(c);
            } else if (token.length() > 0) {
                out.add(dropArticle(token.toString()));
                token.setLength(0);
            }
        }
        return out;
    }

    /** Folded tokens with their ال kept: for matching lexicon entries that are written with it. */
    public static List<String> raw(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String t : NON_WORD.split(ArabicFolding.fold(text))) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /** Below this length a name token is matched exactly: short Arabic names differ by a vowel (سعد، سعيد). */
    private static final int SKELETON_MIN = 5;
    /** Transliteration variants of one foreign sound, each replaced by the letter at its place in SOUNDS_TO. */
    private static final List<String> SOUNDS_FROM = IdentityWord.SOUND_FROM.list();
    private static final List<String> SOUNDS_TO = IdentityWord.SOUND_TO.list();

    /**
     * Whether two folded name tokens are one name written two ways. Foreign names reach Arabic through
     * several transliterations: the g and the ch sounds (غ/ج/ك، تش/ج), long vowels written or not
     * (تشاووش / تشاوش), a doubled letter. Long tokens compare on a skeleton without those differences,
     * and must then differ by one letter at most once the sounds are mapped (two for long names): vowel
     * letters moved about make another name. Short tokens compare exactly.
     */
    public static boolean sameName(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        if (x.length() < SKELETON_MIN || y.length() < SKELETON_MIN || !skeleton(x).equals(skeleton(y))) {
            return false;
        }
        String mx = mapSounds(x);
        String my = mapSounds(y);
        return editDistance(mx, my) <= (Math.min(mx.length(), my.length()) >= 8 ? 2 : 1);
    }

    private static String mapSounds(String token) {
        String out = token;
        for (int i = 0; i < SOUNDS_FROM.size(); i++) {
            out = out.replace(SOUNDS_FROM.get(i), SOUNDS_TO.get(i));
        }
        return out;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    public static String skeleton(String token) {
        String t = mapSounds(token);
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean vowel = IdentityWord.LONG_VOWEL.isLetter(c);
            if (i > 0 && vowel || out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    public static String dropArticle(String token) {
        return Affix.DEFINITE_ARTICLE.prefixes(token) && token.length() > 3 ? token.substring(2) : token;
    }

    /**
     * A token with one leading clitic (و، ف، ب، ل، ك) and then ال dropped, when what remains is still a
     * word of three letters or more: "ولمبادرة" -> "مبادره", "بالاتفاق" -> "اتفاق".
     */
    public static String dropClitics(String token) {
        String t = token;
        if (t.length() > 4 && Affix.WA.isLetter(t.charAt(0))) {
            t = t.substring(1);
        }
        if (Affix.LAM_ARTICLE.prefixes(t) && t.length() > 4) {
            return t.substring(2);
        }
        if (t.length() > 4 && IdentityWord.PROCLITIC_LETTER.isLetter(t.charAt(0))
                && t.startsWith(Affix.DEFINITE_ARTICLE.word(), 1)) {
            t = t.substring(1);
        }
        return dropArticle(t);
    }
}

package org.mizan.core.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.mizan.core.text.Affix;
import org.mizan.core.text.ArabicFolding;

/**
 * The words an event is recognised by: light stems (Lucene's Arabic stemmer through {@link ArabicFolding})
 * of the title and the lead. The lead is where a news article states its event (who, what, where, when:
 * the inverted pyramid); the rest of the body drifts to background and reactions, so it is left out.
 */
public final class EventTerms {

    /** Words of the body read as the lead: about the first two sentences of a wire report. */
    static final int LEAD_WORDS = 60;
    /** Stems of one or two letters are mostly particles and pronouns once the clitics are off. */
    static final int MIN_STEM = 3;

    private EventTerms() {
    }

    /**
     * One-letter proclitics the light stemmer leaves on: the prepositions ب، ل، ك and the conjunction ف
     * («بمسجد», «لمفاوضات», «لافتتاح»). Left on, one word of an event is several rare-looking stems.
     */
    private static final String PROCLITICS = Affix.BI.word() + Affix.LI.word() + Affix.KA.word() + Affix.FA.word();

    /**
     * The stems of a text as an event is recognised by them: {@link #stems(String)}, with a one-letter
     * proclitic split off when the word without it is what news text uses more often (so «بمسجد» is
     * «مسجد», while «بريطانيا» or «لبنان», whose first letter belongs to the word, stay whole). The
     * corpus's counts decide, not a word list.
     */
    public static List<String> stems(String text, TermRarity rarity) {
        List<String> out = new ArrayList<>();
        words(text, word -> {
            String folded = ArabicFolding.fold(word);
            String stem = ArabicFolding.stem(folded);
            if (folded.length() > MIN_STEM && PROCLITICS.indexOf(folded.charAt(0)) >= 0) {
                String bare = ArabicFolding.stem(folded.substring(1));
                if (bare.length() >= MIN_STEM && rarity.articlesWith(bare) > rarity.articlesWith(stem)) {
                    stem = bare;
                }
            }
            if (stem.length() >= MIN_STEM) {
                out.add(stem);
            }
        });
        return out;
    }

    /** The stems of a text, in order, digits and stems shorter than {@value #MIN_STEM} left out. */
    public static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        words(text, word -> {
            String stem = ArabicFolding.stem(word);
            if (stem.length() >= MIN_STEM) {
                out.add(stem);
            }
        });
        return out;
    }

    /** Each word of the text (letters and the marks on them). */
    private static void words(String text, Consumer<String> each) {
        if (text == null) {
            return;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.append(c);
            } else if (!word.isEmpty()) {
                each.accept(word.toString());
                word.setLength(0);
            }
        }
    }

    /** The first {@value #LEAD_WORDS} words of the body. */
    public static String lead(String body) {
        if (body == null) {
            return "";
        }
        String[] words = body.strip().split("\\s+", LEAD_WORDS + 1);
        return String.join(" ", Arrays.asList(words).subList(0, Math.min(words.length, LEAD_WORDS)));
    }
}

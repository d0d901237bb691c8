package org.mizan.core.story;

import java.util.ArrayList;
import java.util.List;
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

    /** The stems of a text, in order, digits and stems shorter than {@value #MIN_STEM} left out. */
    public static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                word.append(c);
            } else if (!word.isEmpty()) {
                String stem = ArabicFolding.stem(word.toString());
                if (stem.length() >= MIN_STEM) {
                    out.add(stem);
                }
                word.setLength(0);
            }
        }
        return out;
    }

    /** The first {@value #LEAD_WORDS} words of the body. */
    public static String lead(String body) {
        if (body == null) {
            return "";
        }
        String[] words = body.strip().split("\\s+", LEAD_WORDS + 1);
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(words.length, LEAD_WORDS)));
    }
}

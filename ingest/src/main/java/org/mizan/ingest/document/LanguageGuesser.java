package org.mizan.ingest.document;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import org.mizan.core.Span;

/**
 * The language of an article's body, by Lingua's n-gram models restricted to the languages a Middle
 * East newsroom meets (Arabic-script Persian and Urdu must not pass for Arabic, French not for English).
 * The answer is an ISO 639-1 code, or "und" when the body has no letters or none of these languages
 * fits. Mizan analyses Arabic only: the label tells the caller whether the claims list can mean anything.
 */
public final class LanguageGuesser {

    /** Arabic, the languages written in its script, and the others most often quoted in the region. */
    static final Language[] KNOWN = {Language.ARABIC, Language.PERSIAN, Language.URDU, Language.ENGLISH,
            Language.FRENCH, Language.TURKISH, Language.HEBREW, Language.SPANISH, Language.GERMAN,
            Language.RUSSIAN};

    /** The head of a body decides: a few paragraphs say the language as surely as the whole text. */
    static final int SAMPLE_CHARS = 3000;

    // Low-accuracy mode loads the trigram models only: an article body is long enough for them, and the
    // memory stays a few tens of megabytes for the languages above. Models load on first use; thread-safe.
    private static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(KNOWN)
            .withLowAccuracyMode().build();

    /** Letters of Persian and Urdu that Arabic spelling does not use. */
    private static final String PERSO_URDU = String.join("", DocumentWord.PERSO_URDU_LETTER.list());

    public String guess(String text, Span region) {
        int end = Math.min(region.end(), region.start() + SAMPLE_CHARS);
        String sample = text.substring(region.start(), end);
        int letters = 0;
        int arabicScript = 0;
        boolean persoUrdu = false;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    arabicScript++;
                    persoUrdu |= PERSO_URDU.indexOf(c) >= 0;
                }
            }
        }
        if (letters == 0) {
            return "und";
        }
        if (!persoUrdu && arabicScript >= letters * 0.9) {
            // Of the languages above only Arabic, Persian and Urdu use this script, and the last two are
            // not written without their own letters: no model needed (the common case, and the fast one).
            return "ar";
        }
        Language language = DETECTOR.detectLanguageOf(sample);
        if ((language == Language.PERSIAN || language == Language.URDU) && !persoUrdu) {
            // Persian and Urdu are typed with letters Arabic does not use (keheh, Farsi yeh, peh, gaf...);
            // a short Arabic text the models find ambiguous, written without any of them, is Arabic.
            return "ar";
        }
        return language == Language.UNKNOWN ? "und" : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }
}

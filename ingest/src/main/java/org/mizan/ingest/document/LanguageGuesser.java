package org.mizan.ingest.document;

import org.mizan.core.Span;
import org.mizan.core.text.ArabicFolding;

/**
 * The language of a text by its script: "ar" when Arabic letters are the majority of its letters, "en"
 * when Latin letters are, "und" when it has no letters or another script leads. Mizan analyses Arabic;
 * the label tells the caller whether the claims list can mean anything.
 */
public final class LanguageGuesser {

    public String guess(String text, Span region) {
        long arabic = 0;
        long latin = 0;
        long other = 0;
        for (int i = region.start(); i < region.end(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            if (ArabicFolding.isArabicLetter(c)) {
                arabic++;
            } else if (c < 0x250) {
                latin++;
            } else {
                other++;
            }
        }
        long letters = arabic + latin + other;
        if (letters == 0) {
            return "und";
        }
        if (arabic * 2 > letters) {
            return "ar";
        }
        return latin * 2 > letters ? "en" : "und";
    }
}

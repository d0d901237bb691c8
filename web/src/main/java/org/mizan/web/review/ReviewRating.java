package org.mizan.web.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * An editor's verdict on a claim, on the five-step scale fact-checkers publish (1 worst, 5 best): the
 * number is schema.org's {@code ratingValue}, the Arabic name its {@code alternateName}.
 */
public enum ReviewRating {
    FALSE(1, "خاطئ", "False"),
    MISLEADING(2, "مضلِّل", "Misleading"),
    MIXED(3, "صحيح جزئيًا", "Partly true"),
    MOSTLY_TRUE(4, "صحيح في معظمه", "Mostly true"),
    TRUE(5, "صحيح", "True");

    public static final int WORST = 1;
    public static final int BEST = 5;

    public final int value;
    public final String arabic;
    public final String english;

    ReviewRating(int value, String arabic, String english) {
        this.value = value;
        this.arabic = arabic;
        this.english = english;
    }

    /** The wire name: "false", "misleading", "mixed", "mostly-true", "true". */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label(String lang) {
        return "en".equals(lang) ? english : arabic;
    }

    public static ReviewRating of(int value) {
        return values()[value - WORST];
    }

    /** By wire name or by number ("3"); empty for anything else. */
    public static Optional<ReviewRating> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String t = s.trim();
        return Arrays.stream(values()).filter(r -> r.wire().equals(t) || Integer.toString(r.value).equals(t)).findFirst();
    }
}

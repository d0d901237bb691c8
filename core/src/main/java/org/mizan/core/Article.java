package org.mizan.core;

import java.time.LocalDate;

/**
 * An article as it reaches Mizan: raw text or HTML plus whatever metadata the sender knows.
 * Every field but {@code text} may be null.
 */
public record Article(String text, String title, LocalDate publishedOn, String outlet, String url) {

    public static Article of(String text) {
        return new Article(text, null, null, null, null);
    }
}

package org.mizan.core;

import java.util.Locale;

/** Where a date came from: an expression in the text, the publication date, or nowhere. */
public enum DateSource {
    EXPLICIT, PUBLISHED, UNKNOWN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}

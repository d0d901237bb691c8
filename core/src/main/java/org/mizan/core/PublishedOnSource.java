package org.mizan.core;

import java.util.Locale;

/** How an article's publication date was learnt: given by the caller, inferred from the text, or unknown. */
public enum PublishedOnSource {
    GIVEN, INFERRED, UNKNOWN;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}

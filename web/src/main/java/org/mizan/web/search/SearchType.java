package org.mizan.web.search;

import java.util.Locale;

/** What a search result is. */
public enum SearchType {
    CLAIM, SPEAKER, STORY, ARTICLE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type a request names, null for none or an unknown one. */
    public static SearchType of(String wire) {
        for (SearchType t : values()) {
            if (t.wire().equals(wire)) {
                return t;
            }
        }
        return null;
    }
}

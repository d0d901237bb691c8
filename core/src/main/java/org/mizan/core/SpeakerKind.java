package org.mizan.core;

import java.util.Locale;

/** What kind of source made a statement; serialised in lower case ({@code "person"}). */
public enum SpeakerKind {
    PERSON, ORGANIZATION, GROUP, ANONYMOUS, DOCUMENT, OTHER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}

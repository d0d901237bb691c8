package org.mizan.core.link;

import java.util.Locale;

/**
 * How two claims relate. CONTRAST: the same predicate and object, different subjects, opposite
 * polarity (Sarraj's government signed; Haftar did not): both can be true, and readers want them
 * side by side.
 */
public enum Relation {
    AGREE, CONFLICT, CONTRAST, UNRELATED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}

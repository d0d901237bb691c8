package org.mizan.core;

import java.util.Locale;

/** How a proposition is put forward: as fact, as an intention, as a request, or as an expectation. */
public enum Modality {
    ASSERTED, INTENDED, REQUESTED, EXPECTED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}

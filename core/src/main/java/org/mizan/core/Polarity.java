package org.mizan.core;

import java.util.Locale;

public enum Polarity {
    AFFIRMED, NEGATED;

    public Polarity flip() {
        return this == AFFIRMED ? NEGATED : AFFIRMED;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}

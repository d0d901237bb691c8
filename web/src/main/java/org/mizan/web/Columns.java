package org.mizan.web;

/** Fitting text into the database's column lengths: the one place where stored strings are cut. */
public final class Columns {

    private Columns() {
    }

    /** {@code s} cut to at most {@code max} characters; null stays null. */
    public static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}

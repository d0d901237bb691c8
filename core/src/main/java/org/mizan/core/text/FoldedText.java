package org.mizan.core.text;

/**
 * A text folded for matching ({@link ArabicFolding}) that remembers, for every folded character, the
 * offset of the original character it came from, so that a match found in the folded text maps back
 * to a span of the original.
 */
public final class FoldedText {

    private final String original;
    private final String folded;
    private final int[] origin;

    private FoldedText(String original, String folded, int[] origin) {
        this.original = original;
        this.folded = folded;
        this.origin = origin;
    }

    public static FoldedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length() + 1];
        int n = 0;
        for (int i = 0; i < original.length(); i++) {
            char f = ArabicFolding.fold(original.charAt(i));
            if (f != '\0') {
                out.append(f);
                origin[n++] = i;
            }
        }
        origin[n] = original.length();
        return new FoldedText(original, out.toString(), origin);
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    /** Offset in the original text of the folded character at {@code foldedIndex}. */
    public int originalStart(int foldedIndex) {
        return origin[foldedIndex];
    }

    /** Exclusive end offset in the original text of a folded range ending at {@code foldedEnd}. */
    public int originalEnd(int foldedEnd) {
        if (foldedEnd == 0) {
            return 0;
        }
        // Include diacritics that follow the last folded character: they belong to it.
        int end = origin[foldedEnd - 1] + 1;
        while (end < original.length() && ArabicFolding.fold(original.charAt(end)) == '\0') {
            end++;
        }
        return end;
    }
}

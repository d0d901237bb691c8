package org.mizan.web.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.mizan.web.error.BadInputException;

/**
 * Where a page of a list starts: the sort key of the row next to it and the direction — after it (the next
 * page) or before it (the previous one). Opaque to clients (URL-safe base64), so a list can change its
 * key without breaking links; a forged or damaged cursor is a 400, never a 500.
 */
public record Cursor(boolean backward, List<String> key) {

    private static final char SEP = '\u001f';

    public static Cursor after(String... key) {
        return new Cursor(false, List.of(key));
    }

    public static Cursor before(String... key) {
        return new Cursor(true, List.of(key));
    }

    public String encode() {
        String raw = (backward ? "b" : "a") + SEP + String.join(String.valueOf(SEP), key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent, null when none; {@code parts} is how many key values the list's key has. */
    public static Cursor decode(String value, int parts) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(value.strip()), StandardCharsets.UTF_8);
            String[] fields = raw.split(String.valueOf(SEP), -1);
            if (fields.length == parts + 1 && (fields[0].equals("a") || fields[0].equals("b")) && value.length() < 400) {
                return new Cursor(fields[0].equals("b"), List.of(fields).subList(1, fields.length));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the 400 below
        }
        throw new BadInputException(400, "bad cursor", "cursor must be a value taken from a previous page of this list.");
    }

    public String part(int i) {
        return key.get(i);
    }

    /** A key part as a number; a cursor whose parts are not what this list wrote is a 400. */
    public long number(int i) {
        try {
            return Long.parseLong(key.get(i));
        } catch (NumberFormatException e) {
            throw new BadInputException(400, "bad cursor", "cursor must be a value taken from a previous page of this list.");
        }
    }
}

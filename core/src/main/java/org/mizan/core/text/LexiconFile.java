package org.mizan.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lexicon data file: UTF-8, one entry a line, tab-separated columns, blank lines and lines
 * starting with {@code #} ignored. A missing file is a build mistake, so it fails loudly.
 */
public final class LexiconFile {

    private LexiconFile() {
    }

    /** The rows of the resource {@code name}, resolved next to {@code owner}. */
    public static List<String[]> rows(Class<?> owner, String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : entryLines(owner, name)) {
            rows.add(line.split("\t"));
        }
        return rows;
    }

    /**
     * The entry lines of the resource {@code name} exactly as written (not blank, not a comment), for a
     * file whose empty trailing columns mean something.
     */
    public static List<String> entryLines(Class<?> owner, String name) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The entry lines of the resource {@code name} (next to {@code owner}, or absolute), stripped. */
    public static List<String> lines(Class<?> owner, String name) {
        List<String> out = new ArrayList<>();
        for (String[] row : rows(owner, name)) {
            String line = String.join("\t", row).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                out.add(line);
            }
        }
        return out;
    }

    /** Rows with exactly {@code columns} stripped fields; a malformed row fails loudly. */
    public static List<String[]> rows(Class<?> owner, String name, int columns) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(owner, name)) {
            String[] fields = line.split("\t");
            if (fields.length != columns) {
                throw new IllegalStateException(name + ": expected " + columns + " fields in '" + line + "'");
            }
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].strip();
            }
            out.add(fields);
        }
        return out;
    }
}

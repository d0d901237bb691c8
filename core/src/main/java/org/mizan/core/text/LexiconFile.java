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
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}

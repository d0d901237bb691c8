package org.mizan.core.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the linking lexicons (data files beside this class): one entry a line, '#' comments. */
final class LinkLexicon {

    private LinkLexicon() {
    }

    /** The non-blank, non-comment lines of a resource, trimmed. */
    static List<String> lines(String resource) {
        try (InputStream in = LinkLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(trimmed);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated rows with exactly {@code columns} fields; a malformed row fails loudly. */
    static List<String[]> rows(String resource, int columns) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] fields = line.split("\t");
            if (fields.length != columns) {
                throw new IllegalStateException(resource + ": expected " + columns + " fields in '" + line + "'");
            }
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i].strip();
            }
            out.add(fields);
        }
        return out;
    }
}

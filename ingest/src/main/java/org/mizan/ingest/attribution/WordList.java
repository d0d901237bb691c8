package org.mizan.ingest.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.core.text.ArabicFolding;

/** Reads the attribution lexicons (UTF-8 data files beside this class; '#' starts a comment line). */
final class WordList {

    private WordList() {
    }

    /** The non-comment lines of a resource, trimmed, blank lines skipped. */
    static List<String> lines(String resource) {
        InputStream in = WordList.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing lexicon " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A word list folded for matching, with a leading article removed so entries match token stems. */
    static Set<String> stems(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource)) {
            out.add(stripArticle(ArabicFolding.fold(line)));
        }
        return Set.copyOf(out);
    }

    static String stripArticle(String folded) {
        return folded.startsWith("ال") && folded.length() > 4 ? folded.substring(2) : folded;
    }
}

package org.mizan.core.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.mizan.core.semantics.Token;
import org.mizan.core.text.ArabicFolding;

/** Cardinal numbers written as words (number-words.tsv), read as their digit value. */
final class NumberWords {

    private static final Map<String, String> VALUES = load();

    private NumberWords() {
    }

    /** The value of a number word ("وثلاثة" -> "3"), or null; single words only. */
    static String valueOf(Token t) {
        for (String r : t.bases()) {
            String v = VALUES.get(r);
            if (v != null && r.length() >= t.folded().length() - 1) {
                return v;
            }
        }
        return null;
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = NumberWords.class.getResourceAsStream("number-words.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon number-words.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                Integer.parseInt(cols[0]);
                for (String w : cols[1].split("\\|")) {
                    String f = ArabicFolding.fold(w.trim());
                    if (!f.contains(" ")) {
                        map.put(f, cols[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}

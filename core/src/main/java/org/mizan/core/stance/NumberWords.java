package org.mizan.core.stance;

import java.util.HashMap;
import java.util.Map;
import org.mizan.core.semantics.Token;
import org.mizan.core.text.ArabicFolding;
import org.mizan.core.text.LexiconFile;

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
        for (String[] cols : LexiconFile.rows(NumberWords.class, "number-words.tsv")) {
            Integer.parseInt(cols[0]);
            for (String w : cols[1].split("\\|")) {
                String f = ArabicFolding.fold(w.trim());
                if (!f.contains(" ")) {
                    map.put(f, cols[0]);
                }
            }
        }
        return Map.copyOf(map);
    }
}

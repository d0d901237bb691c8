package org.mizan.ingest.proposition;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mizan.core.Modality;
import org.mizan.core.semantics.Token;
import org.mizan.core.text.ArabicFolding;
import org.mizan.core.text.LexiconFile;

/** The words that mark a predicate as intended, requested or expected (modality.tsv). */
final class ModalityMarkers {

    private static final ModalityMarkers STANDARD = load();

    private final Map<String, Modality> markers;

    private ModalityMarkers(Map<String, Modality> markers) {
        this.markers = markers;
    }

    static ModalityMarkers standard() {
        return STANDARD;
    }

    /** The modality a word marks, or null; a leading و/ف is allowed. */
    Modality of(Token t) {
        String f = t.folded();
        Modality m = markers.get(f);
        if (m == null && f.length() > 3 && PropositionWord.CONJUNCTION.isLetter(f.charAt(0))) {
            m = markers.get(f.substring(1));
        }
        return m;
    }

    /**
     * The modality of the predicate at token {@code at}: the nearest marker among the tokens of its
     * clause before it, or ASSERTED.
     */
    Modality before(List<Token> tokens, int clauseStart, int at) {
        for (int k = at - 1; k >= clauseStart; k--) {
            Modality m = of(tokens.get(k));
            if (m != null) {
                return m;
            }
        }
        return Modality.ASSERTED;
    }

    private static ModalityMarkers load() {
        Map<String, Modality> map = new HashMap<>();
        for (String[] cols : LexiconFile.rows(ModalityMarkers.class, "modality.tsv")) {
            if (cols.length != 2) {
                throw new IllegalStateException("modality.tsv: bad line: " + String.join("\t", cols));
            }
            map.put(ArabicFolding.fold(cols[1].trim()), Modality.valueOf(cols[0].trim().toUpperCase(Locale.ROOT)));
        }
        return new ModalityMarkers(Map.copyOf(map));
    }
}

package org.mizan.ingest.attribution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The exact inflection table of reporting verbs, keyed by folded form: {@code cues.tsv} as mined by
 * {@code ingest/lexicon-mining/mine_cues.py}, then the hand-curated {@code cues-curated.tsv}, whose rows win.
 */
public final class CueLexicon {

    private final Map<String, CueForm> byForm;

    private CueLexicon(Map<String, CueForm> byForm) {
        this.byForm = Map.copyOf(byForm);
    }

    static CueLexicon load() {
        Map<String, CueForm> out = new HashMap<>();
        read("cues.tsv", out, false);
        read("cues-curated.tsv", out, true);
        return new CueLexicon(out);
    }

    private static void read(String resource, Map<String, CueForm> out, boolean override) {
        for (String line : WordList.lines(resource)) {
            String[] c = line.split("\t");
            Set<String> complements = new java.util.HashSet<>();
            for (String marker : c[4].split(",")) {
                complements.add(org.mizan.core.text.ArabicFolding.fold(marker));
            }
            if (complements.contains("-")) {
                complements.clear(); // "-" anywhere: the form is a cue on its own
            }
            CueForm form = new CueForm(c[0], c[1], CueForm.Type.valueOf(c[2].toUpperCase(Locale.ROOT)), c[3],
                    Set.copyOf(complements));
            if (override) {
                out.put(c[1], form);
            } else {
                // The first lemma listed for a form wins: the table orders lemmas from most to least frequent.
                out.putIfAbsent(c[1], form);
            }
        }
    }

    public Optional<CueForm> lookup(String folded) {
        return Optional.ofNullable(byForm.get(folded));
    }

    Set<String> presentForms() {
        Set<String> out = new java.util.HashSet<>();
        byForm.forEach((form, cue) -> {
            if (cue.type() == CueForm.Type.PRESENT) {
                out.add(form);
            }
        });
        return out;
    }

    Set<String> forms() {
        return byForm.keySet();
    }
}

package org.mizan.core.stance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The features the stance model weighs, each one a thing a reader can check by looking at the two
 * claims: how much of each side the other covers, whether one side negates what the other affirms,
 * whether opposite predicates or different numbers stand in the same place, how b was written from a
 * (copied with one stretch changed, or rewritten and reordered: {@link EditShape}), and which words
 * appear on one side only ("only:" features, light stems: a reader can see "تنفي" on one side and not
 * the other).
 */
public final class StanceFeatures {

    private StanceFeatures() {
    }

    public static Map<String, Double> of(String a, String b) {
        return of(new PairAnalysis(a, b));
    }

    static Map<String, Double> of(PairAnalysis p) {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("bias", 1.0);
        double ca = p.coverageA();
        double cb = p.coverageB();
        f.put("coverage_min", Math.min(ca, cb));
        f.put("coverage_max", Math.max(ca, cb));
        f.put("unmatched_a", Math.min(p.unmatchedA(), 6) / 6.0);
        f.put("unmatched_b", Math.min(p.unmatchedB(), 6) / 6.0);
        put(f, "fully_covered", p.unmatchedA() == 0 && p.unmatchedB() == 0);
        put(f, "one_side_covered", p.unmatchedA() == 0 ^ p.unmatchedB() == 0);
        put(f, "no_shared_word", ca == 0 && cb == 0);
        boolean negA = !p.negatorsA.isEmpty();
        boolean negB = !p.negatorsB.isEmpty();
        put(f, "negation_one_side", negA != negB);
        put(f, "negated_shared_predicate", !p.polarityClashes.isEmpty());
        put(f, "antonym", !p.antonymPairs.isEmpty());
        put(f, "antonym_on_shared_argument", !p.argumentOpposites.isEmpty());
        put(f, "reversal_only_in_b", hasReversal(p.wordsB) && !hasReversal(p.wordsA));
        put(f, "reversal_only_in_a", hasReversal(p.wordsA) && !hasReversal(p.wordsB));
        put(f, "number_differs", !p.numbersOnlyA.isEmpty() && !p.numbersOnlyB.isEmpty());
        put(f, "number_one_side", p.numbersOnlyA.isEmpty() != p.numbersOnlyB.isEmpty());
        put(f, "substitution", !p.substitutions.isEmpty());
        boolean nounSwap = false;
        boolean predicateSwap = false;
        for (int[] sw : p.substitutions) {
            boolean ka = !p.wordsA.get(sw[0]).keys().isEmpty();
            boolean kb = !p.wordsB.get(sw[1]).keys().isEmpty();
            nounSwap |= !ka && !kb;
            predicateSwap |= ka && kb;
        }
        put(f, "substitution_of_nouns", nounSwap);
        put(f, "substitution_of_predicates", predicateSwap);
        put(f, "substitution_high_overlap", !p.substitutions.isEmpty() && Math.min(ca, cb) >= 0.5);
        int la = p.wordsA.size();
        int lb = p.wordsB.size();
        f.put("length_ratio", la == 0 || lb == 0 ? 0.0 : Math.min(la, lb) / (double) Math.max(la, lb));
        put(f, "question", isQuestion(p.a) || isQuestion(p.b));
        for (ContentWord w : p.unmatchedWords(true)) {
            if (!w.isNumber()) {
                f.merge("only:" + w.stem(), 1.0, (x, y) -> 1.0);
            }
        }
        for (ContentWord w : p.unmatchedWords(false)) {
            if (!w.isNumber()) {
                f.merge("only:" + w.stem(), 1.0, (x, y) -> 1.0);
            }
        }
        // Words that b adds: in ANS, as in a newsroom, the later report is the one that rewrites, and
        // what it adds (تنفي، يرفض، غير) says more than what it leaves out.
        for (ContentWord w : p.unmatchedWords(false)) {
            if (!w.isNumber()) {
                f.merge("b_adds:" + w.stem(), 1.0, (x, y) -> 1.0);
                // and by rough root, so that يرفض، رفضت، رافضا share one weight
                f.merge("b_adds_root:" + w.skeleton(), 1.0, (x, y) -> 1.0);
            }
        }
        // The same by meaning: b adds a predicate (any of its words) that a does not have.
        for (ContentWord w : p.unmatchedWords(false)) {
            for (String k : w.keys()) {
                f.put("b_adds_predicate:" + k, 1.0);
            }
        }
        boolean sharedPredicate = false;
        for (int i = 0; i < p.wordsA.size(); i++) {
            if (p.matchA[i] >= 0 && !p.wordsA.get(i).keys().isEmpty()
                    && p.wordsA.get(i).negated() == p.wordsB.get(p.matchA[i]).negated()) {
                sharedPredicate = true;
            }
        }
        put(f, "shared_predicate_same_polarity", sharedPredicate);
        put(f, "place_swapped", p.placeSwap() != null);
        put(f, "places_reordered", p.placesReordered());
        EditShape shape = EditShape.of(p);
        f.put("copied_share", shape.copiedShare());
        f.put("changed_stretches:" + Math.min(shape.stretches(), 3), 1.0);
        f.put("order_inversions", shape.inversions());
        put(f, "same_order", shape.alignedPairs() > 0 && shape.inversions() == 0);
        return f;
    }

    /** Predicates that undo or deny an act: a report that adds one (يلغي، ينفي، يرفض) reverses the other. */
    private static final java.util.Set<String> REVERSALS = java.util.Set.of("cancel", "deny", "reject", "retract",
            "stop", "fail", "refrain", "prevent", "lose", "ignore");

    private static boolean hasReversal(java.util.List<ContentWord> words) {
        for (ContentWord w : words) {
            for (String k : w.keys()) {
                if (REVERSALS.contains(k)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isQuestion(String s) {
        return s.indexOf('?') >= 0 || s.indexOf('\u061F') >= 0 || s.startsWith("هل ") || s.contains(" هل ");
    }

    private static void put(Map<String, Double> f, String name, boolean on) {
        f.put(name, on ? 1.0 : 0.0);
    }
}

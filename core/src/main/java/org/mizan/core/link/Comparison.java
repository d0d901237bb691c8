package org.mizan.core.link;

import java.util.List;

/**
 * The verdict on a pair of claims, with an explanation a reader understands (Arabic, and English) and its
 * evidence.
 */
public record Comparison(Relation relation, double confidence, String explanation, String explanationEnglish,
                         List<Evidence> evidence) {

    public Comparison {
        evidence = List.copyOf(evidence);
        explanationEnglish = explanationEnglish == null ? "" : explanationEnglish;
    }
}

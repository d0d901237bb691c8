package org.mizan.core.link;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Predicate families (predicates.tsv): which predicates answer one question, in which direction, how
 * surely, and the Arabic verbal noun that names them in link reasons. A predicate missing from the
 * file is its own family, positive, fully sure.
 */
public final class PredicateLexicon {

    /** How a predicate answers its family's question. */
    public enum Sense {
        /** Affirmed: yes; negated: no. */
        POSITIVE,
        /** Affirmed: no; negated: yes (reject, refuse). */
        NEGATIVE,
        /** A contrary (fall against rise): affirmed, no; negated, no answer. */
        CONTRARY
    }

    /**
     * @param weight       how surely the predicate answers the question (request_time: 0.8, "not yet")
     * @param defaultClass the object class assumed when the object is missing, or null
     * @param noun         the Arabic verbal noun for reasons ("التوقيع على")
     */
    public record Entry(String predicate, String family, Sense sense, double weight, String defaultClass,
                        String noun) {
    }

    private final Map<String, Entry> entries;
    private final Map<String, Entry> positiveByFamily;

    private PredicateLexicon(Map<String, Entry> entries) {
        this.entries = entries;
        this.positiveByFamily = new HashMap<>();
        for (Entry e : entries.values()) {
            if (e.sense() == Sense.POSITIVE) {
                positiveByFamily.putIfAbsent(e.family(), e);
            }
        }
    }

    public static PredicateLexicon standard() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String[] row : LinkLexicon.rows("/org/mizan/core/link/predicates.tsv", 6)) {
            Sense sense = switch (row[2]) {
                case "+" -> Sense.POSITIVE;
                case "-" -> Sense.NEGATIVE;
                case "~" -> Sense.CONTRARY;
                default -> throw new IllegalStateException("predicates.tsv: bad sense " + row[2]);
            };
            double weight = Double.parseDouble(row[3]);
            if (weight <= 0 || weight > 1) {
                throw new IllegalStateException("predicates.tsv: weight out of (0, 1] for " + row[0]);
            }
            if (entries.put(row[0], new Entry(row[0], row[1], sense, weight, row[4].equals("-") ? null : row[4],
                    row[5])) != null) {
                throw new IllegalStateException("predicates.tsv: duplicate " + row[0]);
            }
        }
        return new PredicateLexicon(entries);
    }

    public Entry entry(String predicate) {
        Entry e = entries.get(predicate);
        return e != null ? e : new Entry(predicate, predicate, Sense.POSITIVE, 1.0, null, predicate);
    }

    /** The family's affirming predicate (sign for consent), to name the question in reasons. */
    public Entry positiveOf(String family) {
        Entry e = positiveByFamily.get(family);
        return e != null ? e : entry(family);
    }

    public boolean knows(String predicate) {
        return entries.containsKey(predicate);
    }
}

package org.mizan.core.stance;

import org.mizan.core.identity.Places;
import org.mizan.core.link.ClaimComparator;
import org.mizan.core.link.Comparison;
import org.mizan.core.link.Evidence;
import org.mizan.core.link.Relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mizan.core.Span;
import org.mizan.core.semantics.Negator;

/**
 * The text half of {@link ClaimComparator}: how two claim texts relate, as a reader would, and why. The words of both sides are aligned
 * on folded light stems, skeletons and predicate keys ({@link PairAnalysis}); a logistic model trained on
 * ANS (the {@link StanceFeatures}) weighs the evidence; and a few findings a reader would never overrule
 * — the same predicate affirmed on one side and negated on the other, opposite predicates, another
 * number — settle a conflict whatever the model's lexical habits say.
 */
public final class TextStance {

    /** Below this share of shared content on both sides, two claims are about different things. */
    private static final double UNRELATED_COVERAGE = 0.15;

    private final StanceModel model;

    public TextStance(StanceModel model) {
        this.model = model;
    }

    public static TextStance standard() {
        return Standard.INSTANCE;
    }

    /** Loaded on first use only, so that the trainer can run before the model exists. */
    private static final class Standard {
        static final TextStance INSTANCE = new TextStance(StanceModel.standard());
    }

    /** Compares two claim texts as a reader would. */
    public Comparison compare(String a, String b) {
        return compare(new PairAnalysis(a, b));
    }

    /** The same on an analysis already made (the linker's report check makes one). */
    public Comparison compare(PairAnalysis p) {
        Map<String, Double> features = StanceFeatures.of(p);
        double[] prob = model.probabilities(features);
        Relation relation = StanceTrainer.argmax(prob);
        double confidence = prob[StanceModel.indexOf(relation)];

        boolean decisive = decisiveClash(p);
        boolean related = Math.max(p.coverageA(), p.coverageB()) >= UNRELATED_COVERAGE;
        if (decisive && related && relation != Relation.CONFLICT) {
            relation = Relation.CONFLICT;
            confidence = Math.max(0.6, prob[StanceModel.indexOf(Relation.CONFLICT)]);
        } else if (!related && relation != Relation.UNRELATED) {
            relation = Relation.UNRELATED;
            confidence = Math.max(0.6, prob[StanceModel.indexOf(Relation.UNRELATED)]);
        }
        List<Evidence> evidence = new ArrayList<>();
        String explanation = switch (relation) {
            case CONFLICT -> explainConflict(p, features, evidence);
            case AGREE -> explainAgreement(p, evidence);
            default -> explainUnrelated(p, evidence);
        };
        return new Comparison(relation, round(confidence), explanation, english(relation, evidence), evidence);
    }

    /** The English line: the relation and the evidence words of each side, as the Arabic one names them. */
    private static String english(Relation relation, List<Evidence> evidence) {
        List<String> words = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.span() != null && e.span().text() != null && !words.contains(e.span().text()) && words.size() < 6) {
                words.add(e.span().text());
            }
        }
        String head = switch (relation) {
            case CONFLICT -> "Conflict — the two texts clash on: ";
            case AGREE -> "Agreement — the two texts say the same with: ";
            case CONTRAST -> "Contrast — the two texts answer differently: ";
            default -> "Unrelated — too few words in common";
        };
        return words.isEmpty() || relation == Relation.UNRELATED ? head.replace(": ", "") : head + String.join(", ", words);
    }

    /**
     * What a reader would never overrule: a predicate affirmed on one side and negated on the other,
     * opposite predicates, another number. Settles a conflict here, and vetoes "one statement reported
     * twice" in {@link ClaimComparator}.
     */
    public static boolean decisiveClash(PairAnalysis p) {
        return !p.polarityClashes.isEmpty() || !p.antonymPairs.isEmpty() || !p.argumentOpposites.isEmpty()
                || !p.numbersOnlyA.isEmpty() && !p.numbersOnlyB.isEmpty();
    }

    private String explainConflict(PairAnalysis p, Map<String, Double> features, List<Evidence> evidence) {
        if (!p.polarityClashes.isEmpty()) {
            int[] c = p.polarityClashes.get(0);
            ContentWord x = p.wordsA.get(c[0]);
            ContentWord y = p.wordsB.get(c[1]);
            boolean bNegates = y.negated();
            ContentWord negatedWord = bNegates ? y : x;
            Negator n = governing(bNegates ? p.negatorsB : p.negatorsA, negatedWord);
            evidence.add(new Evidence(Evidence.Side.A, bNegates ? x.token().span() : negatorSpan(p.a, n, x)));
            evidence.add(new Evidence(Evidence.Side.B, bNegates ? negatorSpan(p.b, n, y) : y.token().span()));
            return String.format(Locale.ROOT, "%s negates the %s that %s affirms (%s / %s)",
                    bNegates ? "b" : "a", name(x), bNegates ? "a" : "b",
                    evidence.get(0).span().text(), evidence.get(1).span().text());
        }
        if (!p.antonymPairs.isEmpty() || !p.argumentOpposites.isEmpty()) {
            int[] c = p.antonymPairs.isEmpty() ? p.argumentOpposites.get(0) : p.antonymPairs.get(0);
            ContentWord x = p.wordsA.get(c[0]);
            ContentWord y = p.wordsB.get(c[1]);
            String[] keys = opposite(x, y);
            evidence.add(new Evidence(Evidence.Side.A, x.token().span()));
            evidence.add(new Evidence(Evidence.Side.B, y.token().span()));
            return String.format(Locale.ROOT, "a says %s (%s), b says %s (%s)", readable(keys[0]),
                    x.token().text(), readable(keys[1]), y.token().text());
        }
        if (!p.numbersOnlyA.isEmpty() && !p.numbersOnlyB.isEmpty()) {
            ContentWord x = p.wordsA.get(p.numbersOnlyA.get(0));
            ContentWord y = p.wordsB.get(p.numbersOnlyB.get(0));
            evidence.add(new Evidence(Evidence.Side.A, x.token().span()));
            evidence.add(new Evidence(Evidence.Side.B, y.token().span()));
            return "different numbers: " + x.token().text() + " vs " + y.token().text();
        }
        Places.Mention[] places = p.placeSwap();
        if (places != null) {
            Span sa = Span.of(p.a, p.tokensA.get(places[0].start()).start(), p.tokensA.get(places[0].end() - 1).end());
            Span sb = Span.of(p.b, p.tokensB.get(places[1].start()).start(), p.tokensB.get(places[1].end() - 1).end());
            evidence.add(new Evidence(Evidence.Side.A, sa));
            evidence.add(new Evidence(Evidence.Side.B, sb));
            return "a names " + sa.text() + " where b names " + sb.text() + " (another country)";
        }
        if (!p.substitutions.isEmpty()) {
            int[] s = p.substitutions.get(0);
            Span sa = withNeighbour(p.a, p.wordsA, p.matchA, s[0]);
            Span sb = withNeighbour(p.b, p.wordsB, p.matchB, s[1]);
            evidence.add(new Evidence(Evidence.Side.A, sa));
            evidence.add(new Evidence(Evidence.Side.B, sb));
            return "different " + (p.wordsA.get(s[0]).keys().isEmpty() ? "object" : "predicate")
                    + " in the same slot: " + sa.text() + " vs " + sb.text();
        }
        EditShape shape = EditShape.of(p);
        if (shape.stretches() == 1 && shape.changedA() != null && shape.changedB() != null) {
            evidence.add(new Evidence(Evidence.Side.A, shape.changedA()));
            evidence.add(new Evidence(Evidence.Side.B, shape.changedB()));
            return "b repeats a word for word but for one change: " + shape.changedA().text() + " vs "
                    + shape.changedB().text();
        }
        if (p.negatorsA.isEmpty() != p.negatorsB.isEmpty()) {
            boolean bNeg = !p.negatorsB.isEmpty();
            Negator n = (bNeg ? p.negatorsB : p.negatorsA).get(0);
            evidence.add(new Evidence(bNeg ? Evidence.Side.B : Evidence.Side.A, n.scope()));
            return (bNeg ? "b" : "a") + " is negated (" + n.cue().text() + ") where " + (bNeg ? "a" : "b") + " is not";
        }
        ContentWord strongest = strongestAddition(p, features, Relation.CONFLICT);
        if (strongest != null) {
            evidence.add(new Evidence(Evidence.Side.B, strongest.token().span()));
            return "b says something a does not: " + strongest.token().text()
                    + " (words like it mark contradicting reports)";
        }
        return "the two claims differ on the same subject";
    }

    private String explainAgreement(PairAnalysis p, List<Evidence> evidence) {
        List<String> shared = new ArrayList<>();
        for (int i = 0; i < p.wordsA.size() && shared.size() < 4; i++) {
            if (p.matchA[i] >= 0) {
                ContentWord x = p.wordsA.get(i);
                ContentWord y = p.wordsB.get(p.matchA[i]);
                evidence.add(new Evidence(Evidence.Side.A, x.token().span()));
                evidence.add(new Evidence(Evidence.Side.B, y.token().span()));
                shared.add(x.token().text().equals(y.token().text()) ? x.token().text()
                        : x.token().text() + " = " + y.token().text());
            }
        }
        int pct = (int) Math.round(100 * Math.min(p.coverageA(), p.coverageB()));
        return "b says the same as a: " + String.join("، ", shared) + " (" + pct + "% of the words shared, no negation or opposite)";
    }

    private String explainUnrelated(PairAnalysis p, List<Evidence> evidence) {
        int pct = (int) Math.round(100 * Math.max(p.coverageA(), p.coverageB()));
        return pct == 0 ? "a and b share no content word: they are about different things"
                : "a and b share only " + pct + "% of their content words: they are about different things";
    }

    private ContentWord strongestAddition(PairAnalysis p, Map<String, Double> features, Relation relation) {
        return p.unmatchedWords(false).stream()
                .filter(w -> features.containsKey("b_adds:" + w.stem()))
                .max(Comparator.comparingDouble(w -> model.contribution("b_adds:" + w.stem(), 1.0, relation)))
                .filter(w -> model.contribution("b_adds:" + w.stem(), 1.0, relation) > 0)
                .orElse(null);
    }

    private static Negator governing(List<Negator> negators, ContentWord w) {
        for (Negator n : negators) {
            if (n.cueToken() < w.index() && w.index() < n.scopeEnd()) {
                return n;
            }
        }
        return null;
    }

    /** From the negator to the negated word ("دون توقيع"), when they are close; else the word alone. */
    private static Span negatorSpan(String text, Negator n, ContentWord w) {
        if (n == null || w.token().start() - n.cue().end() > 30) {
            return w.token().span();
        }
        return Span.of(text, n.cue().start(), w.token().end());
    }

    private static Span withNeighbour(String text, List<ContentWord> words, int[] match, int i) {
        ContentWord w = words.get(i);
        if (i > 0 && match[i - 1] >= 0) {
            return Span.of(text, words.get(i - 1).token().start(), w.token().end());
        }
        if (i + 1 < words.size() && match[i + 1] >= 0) {
            return Span.of(text, w.token().start(), words.get(i + 1).token().end());
        }
        return w.token().span();
    }

    private static String[] opposite(ContentWord x, ContentWord y) {
        org.mizan.core.semantics.Antonyms antonyms = org.mizan.core.semantics.Antonyms.standard();
        for (String ka : x.keys()) {
            for (String kb : y.keys()) {
                if (antonyms.opposite(ka, kb)) {
                    return new String[] {ka, kb};
                }
            }
        }
        return new String[] {x.keys().get(0), y.keys().get(0)};
    }

    private static String name(ContentWord w) {
        return w.keys().isEmpty() ? "«" + w.token().text() + "»" : gerund(w.keys().get(0));
    }

    /** sign -> signing, leave -> leaving, stop -> stopping; cease_fire -> cease fire. */
    public static String gerund(String key) {
        if (key.contains("_")) {
            return readable(key);
        }
        if (key.equals("stop") || key.equals("win") || key.equals("plan")) {
            return key + key.charAt(key.length() - 1) + "ing";
        }
        return (key.endsWith("e") && !key.endsWith("ee") ? key.substring(0, key.length() - 1) : key) + "ing";
    }

    private static String readable(String key) {
        return key.replace('_', ' ');
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}

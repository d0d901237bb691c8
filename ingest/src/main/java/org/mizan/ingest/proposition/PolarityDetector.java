package org.mizan.ingest.proposition;

import java.util.List;
import java.util.Set;
import org.mizan.core.Polarity;
import org.mizan.core.Span;
import org.mizan.core.semantics.ArabicTokenizer;
import org.mizan.core.semantics.ClauseSplitter;
import org.mizan.core.semantics.Negation;
import org.mizan.core.semantics.Negator;
import org.mizan.core.semantics.PredicateLexicon;
import org.mizan.core.semantics.PredicateMention;
import org.mizan.core.semantics.Token;
import org.mizan.core.text.ArabicFolding;
import org.mizan.core.text.LexiconFile;

/**
 * Whether a claim affirms or denies what it reports: negators scoped to their clause, and negative cues
 * (نفى).
 *
 * <p>A claim is negated when its cue itself denies (نفى، أنكر، استبعد: "نفى الوزير ما تردد عن…") or
 * when a negating particle or privative (لن، لم، لا، ليس، دون، عدم، غير) stands in the main clause of
 * the content — the clause that carries the reported predication, before the first clause boundary
 * (لكن، بل، و + new verb, comma + new verb). A negation in a later coordinated clause ("نعمل مع الحكومة
 * ولا نتدخل") leaves the claim affirmed, and so does a verb of refusal in the content ("ترفض تنفيذ"),
 * which affirms the refusal. A subject carrying a relative clause ("الخطة التي أعلنتها الحكومة، لن
 * تنجح") is still waiting for its predicate when the relative clause closes at a comma or semicolon:
 * the main clause runs on into the clause after it.
 */
public final class PolarityDetector {

    private static final Set<String> DENYING_CUES = Set.of("deny", "rule_out");
    private static final Set<String> RELATIVES = relatives();
    private static final ClauseSplitter CLAUSES = ClauseSplitter.standard();

    private final PredicateLexicon predicates = PredicateLexicon.standard();

    public Polarity polarity(String text, Span cue, Span content) {
        return polarity(cue, ContentAnalysis.of(content));
    }

    /** As {@link #polarity(String, Span, Span)} on a content already analysed for the claim. */
    public Polarity polarity(Span cue, ContentAnalysis content) {
        if (cue != null && cueDenies(cue.text())) {
            return Polarity.NEGATED;
        }
        if (content == null || content.tokens().isEmpty()) {
            return Polarity.AFFIRMED;
        }
        for (Negator n : content.negators()) {
            if (n.kind() != Negator.Kind.REVERSAL && inMainClause(content, n.cueToken())) {
                return Polarity.NEGATED;
            }
        }
        return Polarity.AFFIRMED;
    }

    /**
     * Whether token {@code k} stands in the main clause: before the first clause boundary — or, when the
     * clause so far is a subject whose relative clause opens there or inside it, also in the clause after
     * the comma or semicolon that closes the relative clause (the predicate), never in the relative clause.
     */
    private static boolean inMainClause(ContentAnalysis content, int k) {
        List<Token> tokens = content.tokens();
        List<Integer> starts = content.clauseStarts().stream().filter(i -> i > 0).toList();
        if (starts.isEmpty()) {
            return true;
        }
        int relative = subjectRelative(tokens, starts.get(0));
        if (k < (relative >= 0 ? relative : starts.get(0))) {
            return true;
        }
        if (relative < 0) {
            return false;
        }
        for (int j = 0; j < starts.size(); j++) {
            if (closedByPunctuation(content.text(), tokens, starts.get(j))) {
                if (!opensPredicate(tokens.get(starts.get(j)))) {
                    return false; // "…، والتي …", "…، مثل …": another conjunct or an adjunct, not the predicate
                }
                int end = j + 1 < starts.size() ? starts.get(j + 1) : tokens.size();
                return k >= starts.get(j) && k < end;
            }
        }
        return false;
    }

    /**
     * Where a relative pronoun after a nominal start opens, before any verb: at the first boundary
     * {@code end} itself or inside the clause before it; -1 when there is none.
     */
    private static int subjectRelative(List<Token> tokens, int end) {
        for (int k = 0; k <= end && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (k > 0 && RELATIVES.contains(t.folded())) {
                return k;
            }
            if (CLAUSES.looksVerbal(t)) {
                return -1;
            }
        }
        return -1;
    }

    /** A verb or negator standing bare, with no و/ف: the predicate the subject waited for. */
    private static boolean opensPredicate(Token t) {
        char c = t.folded().isEmpty() ? ' ' : t.folded().charAt(0);
        return !PropositionWord.CONJUNCTION.isLetter(c) && CLAUSES.looksVerbal(t);
    }

    private static boolean closedByPunctuation(String text, List<Token> tokens, int start) {
        String gap = text.substring(tokens.get(start - 1).end(), tokens.get(start).start());
        return gap.indexOf('،') >= 0 || gap.indexOf(',') >= 0 || gap.indexOf('؛') >= 0 || gap.indexOf(';') >= 0;
    }

    private static Set<String> relatives() {
        Set<String> out = new java.util.HashSet<>();
        for (String[] row : LexiconFile.rows(PolarityDetector.class, "clause-words.tsv")) {
            if (row[0].strip().equals("relative")) {
                out.add(ArabicFolding.fold(row[1].strip()));
            }
        }
        return Set.copyOf(out);
    }

    private boolean cueDenies(String cue) {
        List<Token> tokens = ArabicTokenizer.tokenize(cue);
        for (int i = 0; i < tokens.size(); i++) {
            PredicateMention m = predicates.matchAt(tokens, i);
            if (m != null && m.keys().stream().anyMatch(DENYING_CUES::contains)) {
                return true;
            }
        }
        return false;
    }
}

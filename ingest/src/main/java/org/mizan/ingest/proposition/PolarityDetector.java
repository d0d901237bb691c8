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

/**
 * Whether a claim affirms or denies what it reports: negators scoped to their clause, and negative cues
 * (نفى).
 *
 * <p>A claim is negated when its cue itself denies (نفى، أنكر، استبعد: "نفى الوزير ما تردد عن…") or
 * when a negating particle or privative (لن، لم، لا، ليس، دون، عدم، غير) stands in the main clause of
 * the content — the clause that carries the reported predication, before the first clause boundary
 * (لكن، بل، و + new verb, comma + new verb). A negation in a later coordinated clause ("نعمل مع الحكومة
 * ولا نتدخل") leaves the claim affirmed, and so does a verb of refusal in the content ("ترفض تنفيذ"),
 * which affirms the refusal.
 */
public final class PolarityDetector {

    private static final Set<String> DENYING_CUES = Set.of("deny", "rule_out");

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
        int mainEnd = content.tokens().size();
        for (int start : content.clauseStarts()) {
            if (start > 0) {
                mainEnd = start; // the main clause: up to the first clause boundary
                break;
            }
        }
        for (Negator n : content.negators()) {
            if (n.kind() != Negator.Kind.REVERSAL && n.cueToken() < mainEnd) {
                return Polarity.NEGATED;
            }
        }
        return Polarity.AFFIRMED;
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

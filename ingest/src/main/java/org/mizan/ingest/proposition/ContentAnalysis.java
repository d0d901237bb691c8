package org.mizan.ingest.proposition;

import java.util.List;
import org.mizan.core.Span;
import org.mizan.core.semantics.ArabicTokenizer;
import org.mizan.core.semantics.ClauseSplitter;
import org.mizan.core.semantics.Negation;
import org.mizan.core.semantics.Negator;
import org.mizan.core.semantics.Token;

/**
 * One analysis of a claim's reported content, shared by {@link PolarityDetector} and
 * {@link PropositionExtractor}: its words (offsets relative to {@link #text()}), the negators with their
 * scopes and the clause starts, each computed once per claim instead of once per stage.
 */
public record ContentAnalysis(String text, int base, List<Token> tokens, List<Negator> negators, List<Integer> clauseStarts) {

    public ContentAnalysis {
        tokens = List.copyOf(tokens);
        negators = List.copyOf(negators);
        clauseStarts = List.copyOf(clauseStarts);
    }

    /** Analyses a content span of the document; null for no content. */
    public static ContentAnalysis of(Span content) {
        if (content == null) {
            return null;
        }
        String c = content.text();
        List<Token> tokens = ArabicTokenizer.tokenize(c);
        return new ContentAnalysis(c, content.start(), tokens, Negation.standard().find(c, tokens),
                ClauseSplitter.standard().clauseStarts(c, tokens));
    }
}

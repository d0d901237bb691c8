package org.mizan.core.semantics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.core.Span;
import org.mizan.core.text.Affix;
import org.mizan.core.text.ArabicFolding;
import org.mizan.core.text.LexiconFile;

/**
 * Finds negators and their scope (negators.tsv). A particle or privative is matched on its folded
 * form with at most a conjunction (و، ف) — privatives also with ب/ل/ك (بعدم، بلا) — never on looser
 * readings, because كلا، سلم، لما، كما contain the letters of a negator without being one. Fixed
 * expressions (لا سيما، لا يزال، لا بد، ما لم، غير أن) and conditional لم (إذا لم) do not negate.
 */
public final class Negation {

    private static final Negation STANDARD = load();

    private final Map<String, Negator.Kind> particles;
    private final List<String> reversalKeys;
    private final List<String[]> fixed;
    private final PredicateLexicon predicates;
    private final ClauseSplitter clauses;

    private Negation(Map<String, Negator.Kind> particles, List<String> reversalKeys, List<String[]> fixed,
                     PredicateLexicon predicates) {
        this.particles = particles;
        this.reversalKeys = reversalKeys;
        this.fixed = fixed;
        this.predicates = predicates;
        this.clauses = new ClauseSplitter(predicates);
    }

    public static Negation standard() {
        return STANDARD;
    }

    public List<Negator> find(String text) {
        return find(text, ArabicTokenizer.tokenize(text));
    }

    /** Negators in order of appearance, each with the clause it governs. */
    public List<Negator> find(String text, List<Token> tokens) {
        List<Negator> out = new ArrayList<>();
        List<Integer> starts = clauses.clauseStarts(text, tokens);
        for (int i = 0; i < tokens.size(); i++) {
            int width = 1;
            Negator.Kind kind = particleKind(tokens, i);
            if (kind == null) {
                PredicateMention p = predicates.matchAt(tokens, i);
                if (p != null && reversalKeys.contains(p.key())) {
                    kind = Negator.Kind.REVERSAL;
                    width = p.end() - p.first();
                }
            }
            if (kind == null || insideFixedExpression(tokens, i)) {
                continue;
            }
            int scopeEnd = tokens.size();
            for (int s : starts) {
                if (s > i) {
                    scopeEnd = s;
                    break;
                }
            }
            Token first = tokens.get(i);
            Token last = tokens.get(i + width - 1);
            Token scopeLast = tokens.get(Math.max(scopeEnd - 1, i + width - 1));
            out.add(new Negator(Span.of(text, first.start(), last.end()), kind,
                    Span.of(text, first.start(), scopeLast.end()), i, Math.max(scopeEnd, i + width)));
            i += width - 1;
        }
        return out;
    }

    /** True when token {@code k} lies inside the scope of some negator. */
    public static boolean inScope(List<Negator> negators, int k) {
        return governing(negators, k) != null;
    }

    private Negator.Kind particleKind(List<Token> tokens, int i) {
        String f = tokens.get(i).folded();
        Negator.Kind kind = particles.get(f);
        if (kind == null && f.length() >= 3 && SemanticWord.CONJUNCTION.isLetter(f.charAt(0))) {
            f = f.substring(1);
            kind = particles.get(f);
        }
        if (kind == null && f.length() >= 3 && SemanticWord.PREPOSITION_LETTER.isLetter(f.charAt(0))) {
            Negator.Kind k = particles.get(f.substring(1));
            if (k == Negator.Kind.PRIVATIVE || SemanticWord.ABSOLUTE_NEGATOR.has(f.substring(1))
                    && Affix.BI.isLetter(f.charAt(0))) {
                kind = Negator.Kind.PRIVATIVE;
                f = f.substring(1);
            }
        }
        if (kind == null) {
            return null;
        }
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        if (kind == Negator.Kind.PRIVATIVE && SemanticWord.DETACHED_PRIVATIVE.has(f)
                && insideSubjectPhrase(tokens, i)) {
            return null; // "الطائرات بدون طيار قصفت", "منظمات غير حكومية وصلت": a noun's modifier, no predicate
        }
        if (SemanticWord.NEGATOR_MA.has(f)) {
            // ما negates only a following past verb or من ("ما من حل"); elsewhere it is relative.
            return next != null && (SemanticWord.MA_NEGATES_BEFORE.has(next.folded()) || isPastVerb(next))
                    ? kind : null;
        }
        if (SemanticWord.ATTRIBUTIVE_NEGATOR.has(f)) {
            // غير after a definite noun is attributive ("الهجرة غير الشرعية"): it negates no predicate.
            return next != null && (Affix.DEFINITE_ARTICLE.prefixes(next.folded()) && next.folded().length() > 3
                    && i > 0 && isDefinite(tokens.get(i - 1))) ? null : kind;
        }
        if (SemanticWord.BELOW.has(f)) {
            // دون before a number is "below" (دون 18 عاما).
            return next != null && next.isNumber() ? null : kind;
        }
        return kind;
    }

    /**
     * A privative right after a noun, with no verb before it in the clause and words after its object: it
     * belongs to the noun phrase of the subject ("الطائرات بدون طيار"), not to the predicate after it.
     */
    private boolean insideSubjectPhrase(List<Token> tokens, int i) {
        if (i == 0 || particles.containsKey(tokens.get(i - 1).folded())) {
            return false;
        }
        for (int k = 0; k < i; k++) {
            if (predicates.isVerbForm(tokens.get(k)) || particles.containsKey(tokens.get(k).folded())) {
                return false;
            }
        }
        // the predicate comes after the phrase, whether or not the predicate lexicon knows its verb
        // ("الطائرات بدون طيار لا بد أن تخضع"): a clause-initial privative before any verb modifies a noun
        return i + 2 < tokens.size();
    }

    private static boolean isDefinite(Token t) {
        String f = t.folded();
        return SemanticWord.DEFINITE_PREFIX.prefixes(f);
    }

    private boolean isPastVerb(Token t) {
        if (!predicates.isVerbForm(t)) {
            return false;
        }
        char c = t.folded().charAt(0);
        return !SemanticWord.PAST_PERSON_PREFIX_EXCLUDED.isLetter(c);
    }

    private boolean insideFixedExpression(List<Token> tokens, int i) {
        for (String[] phrase : fixed) {
            for (int offset = 0; offset < phrase.length; offset++) {
                int from = i - offset;
                if (from < 0 || from + phrase.length > tokens.size()) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < phrase.length && all; k++) {
                    all = sameWord(tokens.get(from + k).folded(), phrase[k]);
                }
                if (all) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The word itself, or with a leading conjunction or preposition (ولا سيما، بلا شك). */
    private static boolean sameWord(String token, String word) {
        if (token.equals(word)) {
            return true;
        }
        return token.length() == word.length() + 1 && token.endsWith(word)
                && SemanticWord.CLITIC_LETTER.isLetter(token.charAt(0));
    }

    private static Negation load() {
        Map<String, Negator.Kind> particles = new HashMap<>();
        List<String> reversal = new ArrayList<>();
        List<String[]> fixed = new ArrayList<>();
        PredicateLexicon predicates = PredicateLexicon.standard();
        for (String[] cols : LexiconFile.rows(Negation.class, "negators.tsv")) {
            if (cols[0].equals("fixed") && cols.length == 2) {
                fixed.add(ArabicFolding.fold(cols[1].trim()).split("\\s+"));
            } else if (cols[0].equals("negator") && cols.length == 3) {
                Negator.Kind kind = Negator.Kind.valueOf(cols[1].trim().toUpperCase(java.util.Locale.ROOT));
                if (kind == Negator.Kind.REVERSAL) {
                    if (!predicates.keys().contains(cols[2].trim())) {
                        throw new IllegalStateException("negators.tsv: unknown predicate key " + cols[2]);
                    }
                    reversal.add(cols[2].trim());
                } else {
                    particles.put(ArabicFolding.fold(cols[2].trim()), kind);
                }
            } else {
                throw new IllegalStateException("negators.tsv: bad line: " + String.join("\t", cols));
            }
        }
        return new Negation(Map.copyOf(particles), List.copyOf(reversal), List.copyOf(fixed), predicates);
    }

    /** The innermost negator whose scope covers token {@code k}: the one that decides its polarity. */
    public static Negator governing(List<Negator> negators, int k) {
        Negator best = null;
        for (Negator n : negators) {
            if (k > n.cueToken() && k < n.scopeEnd()) {
                best = n;
            }
        }
        return best;
    }
}

package org.mizan.core.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.core.text.Affix;
import org.mizan.core.text.ArabicFolding;
import org.mizan.core.text.LexiconFile;

/**
 * Finds where one clause ends and the next begins, by the signals Arabic news prose uses: sentence
 * punctuation, the adversatives لكن/بل/إلا أن/غير أن, a و that opens a new verbal clause or a new
 * negation, and a comma followed by a new verb. A comma that closes an apposition ("حكومة السراج،
 * المعترف بها دوليا، وقعت") is no boundary while the clause has not yet reached its verb.
 */
public final class ClauseSplitter {

    private static final List<String[]> OPENERS = loadOpeners();

    private final PredicateLexicon predicates;

    public ClauseSplitter(PredicateLexicon predicates) {
        this.predicates = predicates;
    }

    public static ClauseSplitter standard() {
        return new ClauseSplitter(PredicateLexicon.standard());
    }

    /**
     * Token indices at which a new clause starts (always includes 0 when there are tokens), in order.
     */
    public List<Integer> clauseStarts(String text, List<Token> tokens) {
        List<Integer> starts = new ArrayList<>();
        if (tokens.isEmpty()) {
            return starts;
        }
        starts.add(0);
        boolean verbSeen = looksVerbal(tokens.get(0));
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String gap = text.substring(tokens.get(k - 1).end(), t.start());
            boolean boundary;
            if (endsSentence(gap)) {
                boundary = true;
            } else if (opensClause(tokens, k) || opensNegatedClause(t)) {
                boundary = true;
            } else if (gap.indexOf(',') >= 0 || gap.indexOf('\u060C') >= 0) {
                // After a comma: a new verb, a new coordinated clause, or a detached دون-phrase
                // ("سيبحث معه الأحد، دون تقديم تفاصيل") is a clause of its own.
                boundary = verbSeen && (looksVerbal(t) || opensCoordinateClause(t))
                        || SemanticWord.DETACHED_PRIVATIVE.has(t.folded());
            } else {
                boundary = verbSeen && opensCoordinateClause(t) || opensNegatedClause(t);
            }
            if (boundary) {
                starts.add(k);
                verbSeen = looksVerbal(t) || opensCoordinateClause(t);
            } else if (looksVerbal(t)) {
                verbSeen = true;
            }
        }
        return starts;
    }

    /** Index of the token after the clause that contains token {@code k}. */
    public int clauseEnd(String text, List<Token> tokens, int k) {
        for (int s : clauseStarts(text, tokens)) {
            if (s > k) {
                return s;
            }
        }
        return tokens.size();
    }

    /** A guess, no tagger: a lexicon verb form, a copula, a negated verb, or an imperfect in ي/سي. */
    public boolean looksVerbal(Token t) {
        String w = stripConjunction(t.folded());
        if (predicates.isVerbForm(t) || SemanticWord.COPULA.has(w) || SemanticWord.NEGATOR.has(w)) {
            return true;
        }
        if (SemanticWord.NOT_VERB.has(w) || w.length() < 4) {
            return false;
        }
        return SemanticWord.THIRD_MASCULINE_PREFIX.isLetter(w.charAt(0))
                || SemanticWord.FUTURE_THIRD_MASCULINE.prefixes(w)
                || SemanticWord.FUTURE_THIRD_FEMININE.prefixes(w) && w.length() >= 5;
    }

    /**
     * ولا، ولم، ولن، وليس، وعدم، ودون: a coordinated negation is its own clause (or conjunct), verb or no
     * verb before it: "نعمل مع الحكومة ولا نتدخل", "تنفيذ الاتفاق وعدم التحدث".
     */
    private static boolean opensNegatedClause(Token t) {
        String f = t.folded();
        if (f.length() < 3 || !SemanticWord.CONJUNCTION.isLetter(f.charAt(0))) {
            return false;
        }
        String rest = f.substring(1);
        return SemanticWord.NEGATOR.has(rest) && !SemanticWord.NEGATOR_MA.has(rest) || SemanticWord.PRIVATIVE.has(rest);
    }

    /** و/ف that opens a new clause: و + verb, و + negator, وأن. */
    private boolean opensCoordinateClause(Token t) {
        String f = t.folded();
        if (f.length() < 2 || !SemanticWord.CONJUNCTION.isLetter(f.charAt(0))) {
            return false;
        }
        String rest = f.substring(1);
        if (SemanticWord.NEGATOR.has(rest) || SemanticWord.COMPLEMENTISER.has(rest)
                || SemanticWord.CLAUSE_HEAD.has(rest)) {
            return true;
        }
        if (rest.length() < 3 || Affix.DEFINITE_ARTICLE.prefixes(rest)) {
            return false;
        }
        Token bare = new Token(t.text(), t.start(), t.end(), rest, List.of(rest));
        return predicates.isVerbForm(bare) || looksVerbal(bare) && !SemanticWord.NOT_VERB.has(rest);
    }

    /** A clause opener from clause-openers.tsv starts at token k (a leading و/ف allowed). */
    private static boolean opensClause(List<Token> tokens, int k) {
        for (String[] phrase : OPENERS) {
            if (k + phrase.length > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < phrase.length && all; i++) {
                String w = tokens.get(k + i).folded();
                all = w.equals(phrase[i]) || i == 0 && w.length() == phrase[i].length() + 1
                        && SemanticWord.CONJUNCTION.isLetter(w.charAt(0)) && w.endsWith(phrase[i]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static List<String[]> loadOpeners() {
        List<String[]> out = new ArrayList<>();
        for (String[] row : LexiconFile.rows(ClauseSplitter.class, "clause-openers.tsv", 2)) {
            if (!Set.of("adversative", "subordinate", "report").contains(row[0])) {
                throw new IllegalStateException("clause-openers.tsv: bad class: " + row[0]);
            }
            out.add(ArabicFolding.fold(row[1]).split("\\s+"));
        }
        return List.copyOf(out);
    }

    private static boolean endsSentence(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u061B' || c == ';' || c == ':'
                    || c == '\n' || c == '\u06D4') {
                return true;
            }
        }
        return false;
    }

    static String stripConjunction(String folded) {
        if (folded.length() > 3 && SemanticWord.CONJUNCTION.isLetter(folded.charAt(0))) {
            return folded.substring(1);
        }
        return folded;
    }
}

package org.mizan.core.semantics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.core.text.ArabicFolding;

/**
 * Finds where one clause ends and the next begins, by the signals Arabic news prose uses: sentence
 * punctuation, the adversatives لكن/بل/إلا أن/غير أن, a و that opens a new verbal clause or a new
 * negation, and a comma followed by a new verb. A comma that closes an apposition ("حكومة السراج،
 * المعترف بها دوليا، وقعت") is no boundary while the clause has not yet reached its verb.
 */
public final class ClauseSplitter {

    private static final List<String[]> OPENERS = loadOpeners();
    private static final Set<String> THAT = folded("أن", "إن", "أنه", "أنها", "أنهم", "إنه", "إنها");
    private static final Set<String> COPULAS = folded("كان", "كانت", "كانوا", "يكون", "تكون", "أصبح",
            "أصبحت", "بات", "باتت", "صار", "صارت");
    private static final Set<String> NEGATORS = folded("لم", "لن", "لا", "ليس", "ليست", "ما");
    private static final Set<String> PRIVATIVES = folded("عدم", "دون", "بدون", "بعدم");
    private static final Set<String> DETACHED = folded("دون", "بدون");
    /** و + these opens a clause: وقد أعلنوا، وهي دولة، وكان. */
    private static final Set<String> CLAUSE_HEADS = folded("قد", "لقد", "هو", "هي", "هم", "هن", "نحن");
    private static final Set<String> NOT_VERBS = folded("يوم", "يونيو", "يوليو", "يناير", "يمين", "يد",
            "يمني", "يمنية", "يهود", "يهودي", "يورو", "ينبغي");

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
                boundary = verbSeen && (looksVerbal(t) || opensCoordinateClause(t)) || DETACHED.contains(t.folded());
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
        if (predicates.isVerbForm(t) || COPULAS.contains(w) || NEGATORS.contains(w)) {
            return true;
        }
        if (NOT_VERBS.contains(w) || w.length() < 4) {
            return false;
        }
        return w.charAt(0) == 'ي' || w.startsWith("سي") || w.startsWith("ست") && w.length() >= 5;
    }

    /**
     * ولا، ولم، ولن، وليس، وعدم، ودون: a coordinated negation is its own clause (or conjunct), verb or no
     * verb before it: "نعمل مع الحكومة ولا نتدخل", "تنفيذ الاتفاق وعدم التحدث".
     */
    private static boolean opensNegatedClause(Token t) {
        String f = t.folded();
        if (f.length() < 3 || f.charAt(0) != 'و' && f.charAt(0) != 'ف') {
            return false;
        }
        String rest = f.substring(1);
        return NEGATORS.contains(rest) && !rest.equals("ما") || PRIVATIVES.contains(rest);
    }

    /** و/ف that opens a new clause: و + verb, و + negator, وأن. */
    private boolean opensCoordinateClause(Token t) {
        String f = t.folded();
        if (f.length() < 2 || f.charAt(0) != 'و' && f.charAt(0) != 'ف') {
            return false;
        }
        String rest = f.substring(1);
        if (NEGATORS.contains(rest) || THAT.contains(rest) || CLAUSE_HEADS.contains(rest)) {
            return true;
        }
        if (rest.length() < 3 || rest.startsWith("ال")) {
            return false;
        }
        Token bare = new Token(t.text(), t.start(), t.end(), rest, List.of(rest));
        return predicates.isVerbForm(bare) || looksVerbal(bare) && !NOT_VERBS.contains(rest);
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
                        && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') && w.endsWith(phrase[i]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static List<String[]> loadOpeners() {
        List<String[]> out = new ArrayList<>();
        try (java.io.InputStream in = ClauseSplitter.class.getResourceAsStream("clause-openers.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon clause-openers.tsv");
            }
            java.io.BufferedReader r = new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || !Set.of("adversative", "subordinate", "report").contains(cols[0])) {
                    throw new IllegalStateException("clause-openers.tsv: bad line: " + line);
                }
                out.add(ArabicFolding.fold(cols[1].trim()).split("\\s+"));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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
        if (folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف')) {
            return folded.substring(1);
        }
        return folded;
    }

    private static Set<String> folded(String... words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(ArabicFolding.fold(w));
        }
        return Set.copyOf(out);
    }
}

package org.mizan.ingest.proposition;

import java.util.ArrayList;
import java.util.List;
import org.mizan.core.Modality;
import org.mizan.core.Polarity;
import org.mizan.core.Proposition;
import org.mizan.core.Span;
import org.mizan.core.Speaker;
import org.mizan.core.semantics.ArabicTokenizer;
import org.mizan.core.semantics.ClauseSplitter;
import org.mizan.core.semantics.Negation;
import org.mizan.core.semantics.Negator;
import org.mizan.core.semantics.PredicateLexicon;
import org.mizan.core.semantics.PredicateMention;
import org.mizan.core.semantics.Token;
import org.mizan.core.text.Affix;
import org.mizan.core.text.ArabicFolding;

/**
 * Subject, predicate, object, polarity and modality of the predications in a claim's content.
 *
 * <p>Predicates are the lexicon's event keys (sign, withdraw, leave…), found as verbs or verbal nouns.
 * The subject of a verb is the noun phrase before it in its clause (SVO; an apposition between commas
 * is skipped) or, with nothing before it, the words after it (VSO); a verbal noun governed by دون/عدم or
 * a preposition takes the subject of the verb it hangs on; with no subject in the text (pro-drop) the
 * speaker is the subject. The object is the noun phrase after the predicate and its preposition.
 * Polarity: negated inside a negator's scope (لن ينسحب، دون توقيع) or after a reversal verb (رفض التوقيع).
 */
public final class PropositionExtractor {

    private static final int MAX_SUBJECT_WORDS = 5;
    private static final int MAX_OBJECT_WORDS = 3;

    private final PredicateLexicon predicates = PredicateLexicon.standard();
    private final Negation negation = Negation.standard();
    private final ClauseSplitter clauses = ClauseSplitter.standard();
    private final ModalityMarkers modality = ModalityMarkers.standard();

    public List<Proposition> extract(String text, Span content, Speaker speaker) {
        return extract(text, ContentAnalysis.of(content), speaker);
    }

    /** As {@link #extract(String, Span, Speaker)} on a content already analysed for the claim. */
    public List<Proposition> extract(String text, ContentAnalysis content, Speaker speaker) {
        List<Proposition> out = new ArrayList<>();
        if (content == null) {
            return out;
        }
        String c = content.text();
        int base = content.base();
        List<Token> tokens = content.tokens();
        List<Negator> negators = content.negators();
        List<Integer> starts = content.clauseStarts();
        String lastVerbSubject = null;
        int lastVerbClause = -1;
        int consumed = 0;
        List<PredicateMention> mentions = predicates.find(tokens);
        for (int mi = 0; mi < mentions.size(); mi++) {
            PredicateMention m = mentions.get(mi);
            if (!predicates.isEvent(m.key()) || m.first() < consumed) {
                continue;
            }
            int clauseStart = clauseStart(starts, m.first());
            // تعتزم توقيع، تطالب بتوقيع: the marker says how the next predicate is meant, it is none itself.
            if (m.end() - m.first() == 1 && modality.of(tokens.get(m.first())) != null && mi + 1 < mentions.size()
                    && clauseStart(starts, mentions.get(mi + 1).first()) == clauseStart) {
                continue;
            }
            // A verb form right after a preposition is a verbal noun (تهدف إلى منع).
            boolean verbal = m.verbal() && !(m.first() > 0 && isPreposition(tokens.get(m.first() - 1)));
            if (isReversalHead(tokens, negators, m)) {
                if (verbal) {
                    String s = subjectBefore(c, tokens, clauseStart, m.first());
                    lastVerbSubject = s != null ? s : subjectAfter(c, tokens, m.end());
                    lastVerbClause = clauseStart;
                }
                continue;
            }
            String subject;
            if (verbal) {
                subject = subjectBefore(c, tokens, clauseStart, m.first());
                if (subject == null) {
                    subject = subjectAfter(c, tokens, m.end());
                }
                lastVerbSubject = subject;
                lastVerbClause = clauseStart;
            } else if (lastVerbClause == clauseStart && lastVerbSubject != null) {
                subject = lastVerbSubject;
            } else {
                subject = null;
            }
            if (subject == null && speaker != null) {
                subject = speaker.name();
            }
            int objectFrom = m.end();
            if (verbal && subject != null && subjectBefore(c, tokens, clauseStart, m.first()) == null) {
                objectFrom = subjectAfterEnd(c, tokens, m.end());
            }
            String object = null;
            boolean construct = verbal || objectFrom < tokens.size() && isPreposition(tokens.get(objectFrom))
                    || !Affix.DEFINITE_ARTICLE.prefixes(ArabicFolding.fold(tokens.get(m.end() - 1).text()));
            if (construct) {
                int[] range = phraseRange(c, tokens, objectFrom, false);
                if (range != null) {
                    object = phraseText(c, tokens, range);
                    // An object that is itself an act ("أعلن قبوله") is reported in its own right; a
                    // definite one names a thing ("وقع الاتفاق").
                    if (predicates.matchAt(tokens, range[0]) == null || isDefinite(tokens.get(range[0]))) {
                        consumed = range[1];
                    }
                }
            }
            Negator governing = Negation.governing(negators, m.first());
            // A definite verbal noun with no complement names a thing ("المعارضة" the opposition,
            // "الاتفاق" the agreement) rather than reporting an act.
            if (!verbal && object == null && governing == null && isDefinite(tokens.get(m.first()))) {
                continue;
            }
            Polarity polarity = governing == null ? Polarity.AFFIRMED : Polarity.NEGATED;
            Modality mod = futureVerb(tokens.get(m.first())) ? Modality.INTENDED
                    : modality.before(tokens, clauseStart, m.first());
            int evStart = governing != null && m.first() - governing.cueToken() <= 3
                    ? tokens.get(governing.cueToken()).start() : tokens.get(m.first()).start();
            int evEnd = tokens.get(m.end() - 1).end();
            out.add(new Proposition(subject, m.key(), object, polarity, mod,
                    Span.of(text, base + evStart, base + evEnd)));
        }
        return out;
    }

    /** A reversal verb (رفض، نفى) is reported through what it reverses, unless it governs nothing. */
    private boolean isReversalHead(List<Token> tokens, List<Negator> negators, PredicateMention m) {
        for (Negator n : negators) {
            if (n.kind() == Negator.Kind.REVERSAL && n.cueToken() == m.first()) {
                return n.scopeEnd() > m.end() && hasPredicateIn(tokens, n);
            }
        }
        return false;
    }

    private boolean hasPredicateIn(List<Token> tokens, Negator n) {
        // the scope's words are the content's, from the negator to the scope's end: no second tokenization
        List<Token> scope = tokens.subList(n.cueToken(), Math.min(n.scopeEnd(), tokens.size()));
        List<PredicateMention> found = predicates.find(scope);
        return found.size() > 1;
    }

    private static int clauseStart(List<Integer> starts, int k) {
        int s = 0;
        for (int x : starts) {
            if (x <= k) {
                s = x;
            }
        }
        return s;
    }

    /**
     * The noun phrase before a verb in its clause: from the clause start (or after the last comma that
     * opens an apposition, whichever keeps the head noun) to the verb, without negators and modality
     * words just before the verb.
     */
    private String subjectBefore(String c, List<Token> tokens, int clauseStart, int verb) {
        int end = verb;
        while (end > clauseStart && isParticleBeforeVerb(tokens.get(end - 1))) {
            end--;
        }
        if (end <= clauseStart) {
            return null;
        }
        // An apposition between commas after the head ("حكومة السراج، المعترف بها دوليا، وقعت"): keep the head.
        int headEnd = end;
        for (int k = clauseStart + 1; k < end; k++) {
            String gap = c.substring(tokens.get(k - 1).end(), tokens.get(k).start());
            if (gap.indexOf(',') >= 0 || gap.indexOf('\u060C') >= 0) {
                headEnd = k;
                break;
            }
        }
        int first = clauseStart;
        while (first < headEnd && PropositionWord.LEADING_PARTICLE.has(tokens.get(first).folded())) {
            first++;
        }
        if (first >= headEnd) {
            return null;
        }
        int start = Math.max(first, headEnd - MAX_SUBJECT_WORDS);
        if (isPreposition(tokens.get(start))) {
            return null;
        }
        return c.substring(tokens.get(start).start(), tokens.get(headEnd - 1).end());
    }

    private boolean isParticleBeforeVerb(Token t) {
        String f = t.folded();
        if (f.length() > 2 && PropositionWord.CONJUNCTION.isLetter(f.charAt(0))) {
            f = f.substring(1);
        }
        return PropositionWord.PRE_VERBAL_PARTICLE.has(f) || modality.of(t) != null;
    }

    /** The subject after a verb (VSO): up to a preposition or the next predicate ("رفضت الحكومة توقيع"). */
    private String subjectAfter(String c, List<Token> tokens, int from) {
        int end = subjectAfterEnd(c, tokens, from);
        return end == from ? null : phraseText(c, tokens, new int[] {from, end});
    }

    private int subjectAfterEnd(String c, List<Token> tokens, int from) {
        int end = from;
        while (end < tokens.size() && end - from < MAX_OBJECT_WORDS && !isPreposition(tokens.get(end))
                && !gluedPreposition(tokens.get(end))
                && predicates.matchAt(tokens, end) == null && !negationWord(tokens.get(end))
                && !(end > from && isDefinite(tokens.get(end - 1)) && !isDefinite(tokens.get(end)))
                && (end == from || !c.substring(tokens.get(end - 1).end(), tokens.get(end).start())
                        .matches(".*[,.،؛:!?؟].*"))) {
            end++;
        }
        return end;
    }

    /**
     * The noun phrase starting at token {@code from}, after an optional preposition: up to three words,
     * ending at punctuation, a negator, a verb, or a preposition other than an inner في/من.
     */
    private String nounPhrase(String c, List<Token> tokens, int from, boolean subject) {
        int[] range = phraseRange(c, tokens, from, subject);
        return range == null ? null : phraseText(c, tokens, range);
    }

    private static String phraseText(String c, List<Token> tokens, int[] range) {
        return withoutProclitic(c.substring(tokens.get(range[0]).start(), tokens.get(range[1] - 1).end()));
    }

    /** Token range [start, end) of the noun phrase at {@code from}, or null. */
    private int[] phraseRange(String c, List<Token> tokens, int from, boolean subject) {
        int k = from;
        if (k < tokens.size() && isPreposition(tokens.get(k)) && !subject) {
            k++;
        }
        if (k >= tokens.size() || isPreposition(tokens.get(k)) || PropositionWord.TIME_WORD.has(tokens.get(k).folded())
                || negationWord(tokens.get(k)) || clauses.looksVerbal(tokens.get(k)) && !subject) {
            return null;
        }
        if (k > from && c.substring(tokens.get(from).end(), tokens.get(k).start()).matches(".*[,.،؛:!?؟].*")) {
            return null;
        }
        int start = k;
        int end = k + 1;
        while (end < tokens.size() && end - start < MAX_OBJECT_WORDS) {
            Token t = tokens.get(end);
            String gap = c.substring(tokens.get(end - 1).end(), t.start());
            if (!gap.isBlank() && gap.chars().anyMatch(ch -> !Character.isWhitespace(ch) && ch != '“' && ch != '”'
                    && ch != '"' && ch != '«' && ch != '»')) {
                break;
            }
            if (isPreposition(t) && !(PropositionWord.INNER_PREPOSITION.has(t.folded()) && end + 1 < tokens.size())
                    || negationWord(t) || clauses.looksVerbal(t) || PropositionWord.TIME_WORD.has(t.folded())) {
                break;
            }
            // A definite word closes the phrase unless an agreeing definite adjective follows
            // ("الرئيس باريس" is two phrases; "الرئيس الفرنسي" one).
            if (isDefinite(tokens.get(end - 1)) && !isDefinite(t)
                    && !PropositionWord.INNER_PREPOSITION.has(t.folded())) {
                break;
            }
            end++;
        }
        if (end - start > 1 && isPreposition(tokens.get(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    private static boolean isDefinite(Token t) {
        String f = t.folded();
        return PropositionWord.DEFINITE_PREFIX.prefixes(f);
    }

    /** "للمبادرة", "بالاتفاق": a preposition glued to a definite noun opens a complement, never a subject. */
    private static boolean gluedPreposition(Token t) {
        String f = t.folded();
        return f.length() > 4 && PropositionWord.GLUED_PREPOSITION_ARTICLE.prefixes(f);
    }

    private static boolean negationWord(Token t) {
        String f = t.folded();
        return PropositionWord.NEGATION_WORD.has(f);
    }

    private static boolean isPreposition(Token t) {
        return PropositionWord.PREPOSITION.has(t.folded()) || PropositionWord.PREPOSITION_PRONOUN.has(t.folded());
    }

    /** للنظر -> النظر، بالاتفاق -> الاتفاق: a preposition glued to a definite noun is no part of it. */
    private static String withoutProclitic(String phrase) {
        String f = ArabicFolding.fold(phrase);
        if (Affix.LAM_ARTICLE.prefixes(f) && f.length() > 3) {
            return Affix.DEFINITE_ARTICLE.word() + phrase.substring(2);
        }
        if (PropositionWord.CONJOINED_ARTICLE.prefixes(f) && f.length() > 4) {
            return phrase.substring(1);
        }
        return phrase;
    }

    /** سيوقع، ستنسحب: the future prefix on a lexicon verb. */
    private boolean futureVerb(Token t) {
        String f = t.folded();
        if (f.length() < 4 || !Affix.FUTURE_PREFIX.isLetter(f.charAt(0))) {
            return false;
        }
        String rest = f.substring(1);
        return predicates.isVerbForm(new Token(rest, 0, rest.length(), rest, List.of(rest)))
                && (Affix.IMPERFECT_PREFIX.isLetter(rest.charAt(0))
                        || Affix.FIRST_SINGULAR_PREFIX.isLetter(rest.charAt(0)));
    }
}

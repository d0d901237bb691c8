package org.mizan.core.identity;

import org.mizan.core.text.Affix;
import org.mizan.core.text.LexiconFile;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.core.Span;
import org.mizan.core.text.ArabicFolding;

/**
 * What a proposition needs before it may be compared across claims: a subject that names a party (a
 * person, organisation or state), not a fragment of the sentence, and a predicate written as a verb, not
 * as a verbal noun. Both are read off the words, by closed classes of Arabic grammar:
 * <ul>
 *   <li>a party mention never opens with a relative pronoun (الذي), a demonstrative, a pronoun, a
 *       particle or a preposition (not-a-party.txt); it holds no quotation mark, no digit, and is short
 *       (a name with its title, a body with its country): a longer span is a clause;</li>
 *   <li>a predicate whose evidence is a definite word (الاتفاق) or has the shape of a verbal noun
 *       (افتعال اتفاق، إفعال إعلان، انفعال انسحاب، استفعال، تفعيل توقيع، فعول قبول), or of a participle
 *       (مُفاعِل معارضي), names an act or an agent without asserting that anyone did it: «اتفاق» is not
 *       "agreed", «معارضو الاتفاق» is not "opposed the deal".</li>
 * </ul>
 */
public final class RealParty {

    private static final Set<String> NOT_A_PARTY = load();
    private static final int MAX_TOKENS = 5;
    /** Words that negate the verbal noun after them: "left without signing" says he did not sign. */
    private static final Set<String> NEGATING = IdentityWord.NEGATING_NOUN.words();

    private RealParty() {
    }

    /** Whether a subject mention names a party rather than a piece of the sentence. */
    public static boolean names(String mention) {
        if (mention == null || mention.isBlank()) {
            return false;
        }
        for (int i = 0; i < mention.length(); i++) {
            char c = mention.charAt(i);
            if (c == '«' || c == '»' || c == '"' || c == '“' || c == '”' || c == '\'' || Character.isDigit(c)
                    || c == ':' || c == '؟' || c == '?') {
                return false;
            }
        }
        List<String> tokens = List.of(ArabicFolding.fold(mention).trim().split("\\s+"));
        if (tokens.size() > MAX_TOKENS) {
            return false;
        }
        String first = tokens.get(0);
        if (NOT_A_PARTY.contains(first)) {
            return false;
        }
        // A conjunction glued to a closed-class word: وعندما، فإن، وأنا.
        return !(first.length() > 2 && IdentityWord.CONJUNCTION.isLetter(first.charAt(0))
                && NOT_A_PARTY.contains(first.substring(1)));
    }

    /** Adverbs that end a clause standing as subject ("أمر معقد جدا"), never a name. */
    private static final Set<String> ADVERBS = IdentityWord.ADVERB.words();

    /**
     * Whether the folded key tokens of a mention of two to four words read as a name: no adverb, no
     * word carrying an object pronoun (برنامجها، قبله), none of the closed-class words.
     */
    public static boolean nameLike(List<String> tokens) {
        if (tokens.size() > 4) {
            return false;
        }
        for (String t : tokens) {
            if (ADVERBS.contains(t) || NOT_A_PARTY.contains(t)
                    || t.length() >= 5 && IdentityWord.POSSESSIVE_SUFFIX.suffixes(t)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a predicate's evidence is written as a verbal noun (or is definite): no act asserted. The
     * predicate word is the evidence word the predicate lexicon reads as {@code predicate} (else the
     * last one). A verbal noun right after a negating word ("دون توقيع"، "عدم التوقيع") does assert
     * something of the act: that it did not happen.
     */
    public static boolean nounPredicate(Span evidence, String predicate) {
        if (evidence == null || evidence.text() == null || evidence.text().isBlank()) {
            return false;
        }
        List<org.mizan.core.semantics.Token> tokens = org.mizan.core.semantics.ArabicTokenizer.tokenize(evidence.text());
        if (tokens.isEmpty()) {
            return false;
        }
        int at = tokens.size() - 1;
        if (predicate != null) {
            org.mizan.core.semantics.PredicateLexicon lexicon = org.mizan.core.semantics.PredicateLexicon.standard();
            int named = -1;
            for (int i = 0; i < tokens.size() && named < 0; i++) {
                if (lexicon.keysOf(tokens.get(i)).contains(predicate)) {
                    named = i;
                }
            }
            if (named >= 0) {
                at = named;
            } else {
                // No single word names it: one of the lexicon's phrases, read as a whole — a verb
                // phrase ("طلب المزيد من الوقت") asserts the act, a noun phrase ("وقف إطلاق النار") does not.
                for (int i = 0; i < tokens.size(); i++) {
                    org.mizan.core.semantics.PredicateMention m = lexicon.matchAt(tokens, i);
                    if (m != null && m.end() - m.first() > 1 && m.keys().contains(predicate)) {
                        return !m.verbal() && !(i > 0 && NEGATING.contains(ArabicFolding.fold(tokens.get(i - 1).text())));
                    }
                }
            }
        }
        if (at > 0 && NEGATING.contains(ArabicFolding.fold(tokens.get(at - 1).text()))) {
            return false;
        }
        return nounShape(ArabicFolding.fold(tokens.get(at).text()));
    }

    public static boolean nounPredicate(Span evidence) {
        return nounPredicate(evidence, null);
    }

    private static boolean nounShape(String word) {
        String w = word;
        for (String clitic : IdentityWord.ARTICLE_CLITIC.list()) {
            if (w.startsWith(clitic) && w.length() - clitic.length() >= 3) {
                return true;
            }
        }
        if (w.length() > 4 && IdentityWord.WA_OR_BI.isLetter(w.charAt(0))) {
            w = w.substring(1);
        }
        if (Affix.TA_MARBUTA_FOLDED.suffixes(w) && w.length() >= 5) {
            return true; // تاء مربوطة (folded to ه): a noun, never a verb's ending
        }
        if (w.length() >= 5 && Affix.MIM_PREFIX.isLetter(w.charAt(0))) {
            return true; // a participle or a noun of place (معارضي، مفاوضات): verbs do not open with م
        }
        return IdentityWord.VERBAL_NOUN_PATTERN.shapes(w); // اتفاق، اعلان، انسحاب، استسلام، توقيع، قبول
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        for (String line : LexiconFile.lines(RealParty.class, "not-a-party.txt")) {
            out.add(ArabicFolding.fold(line.trim()));
        }
        return Set.copyOf(out);
    }
}

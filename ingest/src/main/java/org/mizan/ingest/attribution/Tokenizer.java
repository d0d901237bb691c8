package org.mizan.ingest.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.core.Span;
import org.mizan.core.semantics.ArabicTokenizer;
import org.mizan.core.text.Affix;
import org.mizan.core.text.ArabicFolding;

/**
 * Splits a stretch of text into word and punctuation tokens with original offsets, and analyses the
 * clitics of each word: the conjunctions و/ف, the prepositions ب/ل/ك, the article ال (and their
 * combinations وال، فال، وب، ول، لل، بال) and the pronoun suffixes ه ها هم هما هن نا (not ي or ك: they end too many names, فوزي، رمزي).
 *
 * <p>A clitic is only split off when what remains is a known word, or, for the article, when at least
 * three letters remain: names such as "وليد", "فايز" or "بلال" must survive whole.
 */
public final class Tokenizer {

    private static final List<String> CONJUNCTIONS = withNone(WordClass.CLITIC_CONJUNCTION);
    private static final List<String> PREFIXES = withNone(WordClass.CLITIC_PREFIX);
    private static final List<String> SUFFIXES = WordClass.PRONOUN_SUFFIX.list();
    private static final String ARTICLE = Affix.DEFINITE_ARTICLE.word();
    private static final String LAM_ARTICLE = Affix.LAM_ARTICLE.word();

    private final Set<String> known;
    private final Set<String> verbs;

    /**
     * @param known  words a clitic split may leave as a stem
     * @param verbs  the verb forms among them: ب and ك never attach to a verb ("كيري" is no ك + يرى)
     */
    public Tokenizer(Set<String> known, Set<String> verbs) {
        this.known = Set.copyOf(known);
        this.verbs = Set.copyOf(verbs);
    }

    public static Tokenizer standard() {
        Lexicons lex = Lexicons.get();
        return new Tokenizer(lex.knownWords(), lex.verbForms());
    }

    /** Tokens of {@code text} inside {@code within}, numbered from {@code firstIndex}. */
    public List<Token> tokenize(String text, Span within, int firstIndex) {
        List<Token> out = new ArrayList<>();
        int i = within.start();
        int end = within.end();
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u0640' || c == '\u200f' || c == '\u200e' || c == '\u200c') {
                i++;
                continue;
            }
            if (ArabicTokenizer.isWordChar(c)) {
                int j = ArabicTokenizer.wordEnd(text, i, end); // one definition of a word for every stage
                Token w = word(firstIndex + out.size(), text, i, j);
                out.add(nameParticle(w, out) ? new Token(w.index(), w.start(), w.end(), w.text(), w.folded(), "", "",
                        w.folded(), "", false) : w);
                i = j;
            } else if ((c == '\'' || c == '‘' || c == '’') && i + 1 < end && text.charAt(i + 1) == c) {
                // ''quoted'': two apostrophes typed for a double quote mark are one quote
                out.add(new Token(firstIndex + out.size(), i, i + 2, text.substring(i, i + 2), "\"", "", "", "\"", "", true));
                i += 2;
            } else {
                String mark = String.valueOf(ArabicFolding.fold(c) == '\0' ? c : ArabicFolding.fold(c));
                out.add(new Token(firstIndex + out.size(), i, i + 1, text.substring(i, i + 1), mark, "", "", mark, "", true));
                i++;
            }
        }
        return out;
    }

    /**
     * "يوهانس فان در": فان straight after a word no lexicon knows (a name) is the Dutch particle, not فـ + إن,
     * which follows a clause, a comma or a known word ("…، فإن الحكومة").
     */
    private boolean nameParticle(Token w, List<Token> before) {
        if (!WordClass.PARTICLE_OR_CONJOINED_INNA.has(w.folded()) || before.isEmpty()) {
            return false;
        }
        Token prev = before.get(before.size() - 1);
        return !prev.punctuation() && prev.conjunction().isEmpty() && prev.prefix().isEmpty() && prev.suffix().isEmpty()
                && !known.contains(prev.folded());
    }

    public List<Token> tokenize(String text) {
        return tokenize(text, Span.of(text, 0, text.length()), 0);
    }

    private Token word(int index, String text, int start, int end) {
        String original = text.substring(start, end);
        String folded = ArabicFolding.fold(original);
        String[] best = analyse(folded);
        if (best[1].startsWith(ARTICLE) && startsWithHamzaAlef(original, best[0].length())) {
            best = new String[] {best[0], "", folded.substring(best[0].length()), ""}; // ألكسندر, ألبرت: no article
        }
        return new Token(index, start, end, original, folded, best[0], best[1], best[2], best[3], false);
    }

    /** The article is always written with a bare alef: أل/إل at the word start belong to the word. */
    private static boolean startsWithHamzaAlef(String original, int conjunctionLetters) {
        int k = 0;
        int letters = 0;
        while (k < original.length() && letters < conjunctionLetters) {
            if (ArabicFolding.fold(original.charAt(k)) != '\0') {
                letters++;
            }
            k++;
        }
        return k < original.length() && Affix.HAMZA_ALEF.isLetter(original.charAt(k));
    }

    /** {conjunction, prefix, stem, suffix} for one folded word. */
    String[] analyse(String w) {
        String[] best = {"", "", w, ""};
        if (known.contains(w)) {
            return best;
        }
        int bestScore = 0;
        for (String conj : CONJUNCTIONS) {
            if (!w.startsWith(conj)) {
                continue;
            }
            for (String pre : PREFIXES) {
                String rest = w.substring(conj.length());
                if (!rest.startsWith(pre)) {
                    continue;
                }
                String stem = rest.substring(pre.length());
                if (stem.length() < 2) {
                    continue;
                }
                if (WordClass.NOMINAL_PREPOSITION.prefixes(pre) && verbs.contains(stem)) {
                    continue;
                }
                int clitics = conj.length() + pre.length();
                int score = 0;
                String suffix = "";
                if (clitics == 0) {
                    String[] split = splitSuffix(stem);
                    if (split != null) {
                        score = 20; // a pronoun suffix alone beats any clitic guess: ولايته = ولاية + ه
                        stem = split[0];
                        suffix = split[1];
                    }
                } else if (known.contains(stem)) {
                    // the article is certain, a one-letter preposition a guess: وكانت = و + كانت, not و + ك + أنت
                    boolean article = pre.contains(ARTICLE) || pre.equals(LAM_ARTICLE);
                    score = 30 + conj.length() + (article ? pre.length() : -pre.length());
                } else if (pre.contains(ARTICLE) || pre.equals(LAM_ARTICLE)) {
                    // The article is the most reliable clitic; it needs a real word after it.
                    score = stem.length() >= 3 ? 10 + clitics : 0;
                    String[] split = splitSuffix(stem);
                    if (split != null) {
                        score = 20 - clitics;
                        stem = split[0];
                        suffix = split[1];
                    }
                } else {
                    String[] split = splitSuffix(stem);
                    if (split != null) {
                        score = 20 - clitics;
                        stem = split[0];
                        suffix = split[1];
                    }
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = new String[] {conj, pre, stem, suffix};
                }
            }
        }
        return best;
    }

    private static List<String> withNone(WordClass clitics) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(clitics.list());
        return List.copyOf(out);
    }

    /** {stem, suffix} when a pronoun suffix leaves a known word of at least three letters, else null. */
    private String[] splitSuffix(String w) {
        for (String s : SUFFIXES) {
            if (!w.endsWith(s) || w.length() - s.length() < 3) {
                continue;
            }
            String rest = w.substring(0, w.length() - s.length());
            if (known.contains(rest)) {
                return new String[] {rest, s};
            }
            // ة is written ت before a suffix: ولايته = ولاية + ه
            String marbuta = rest.endsWith(Affix.OPEN_TA.word())
                    ? rest.substring(0, rest.length() - 1) + Affix.TA_MARBUTA_FOLDED.word() : null;
            if (marbuta != null && known.contains(marbuta)) {
                return new String[] {marbuta, s};
            }
        }
        return null;
    }
}

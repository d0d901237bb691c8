package org.mizan.core.stance;

import org.mizan.core.identity.Places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.core.semantics.Antonyms;
import org.mizan.core.semantics.ArabicTokenizer;
import org.mizan.core.semantics.Negation;
import org.mizan.core.semantics.Negator;
import org.mizan.core.semantics.PredicateLexicon;
import org.mizan.core.semantics.Token;
import org.mizan.core.text.ArabicFolding;

/**
 * What a reader notices when putting two claims side by side: which content words of each side the
 * other side also has (on stems, skeletons, predicate keys or numbers), which it lacks, where one side
 * negates, which predicates are opposite, which numbers differ and which word took another's place.
 * The stance features and the explanation are both read off this one analysis.
 */
public final class PairAnalysis {

    private static final Set<String> FUNCTION_WORDS = loadFunctionWords();

    public final String a;
    public final String b;
    public final List<Token> tokensA;
    public final List<Token> tokensB;
    public final List<ContentWord> wordsA;
    public final List<ContentWord> wordsB;
    /** For each content word of a, the index in wordsB of its match, or -1. */
    public final int[] matchA;
    public final int[] matchB;
    public final List<Negator> negatorsA;
    public final List<Negator> negatorsB;
    /** Opposite predicates: (index in wordsA, index in wordsB). */
    public final List<int[]> antonymPairs = new ArrayList<>();
    /** Opposite predicates next to the same argument on each side: (index in wordsA, index in wordsB). */
    public final List<int[]> argumentOpposites = new ArrayList<>();
    /** A matched predicate negated on one side only: (index in wordsA, index in wordsB). */
    public final List<int[]> polarityClashes = new ArrayList<>();
    /** Unmatched words standing in the same slot: (index in wordsA, index in wordsB). */
    public final List<int[]> substitutions = new ArrayList<>();
    public final List<Integer> numbersOnlyA = new ArrayList<>();
    public final List<Places.Mention> placesA;
    public final List<Places.Mention> placesB;
    public final List<Integer> numbersOnlyB = new ArrayList<>();

    public PairAnalysis(String a, String b) {
        this.a = a;
        this.b = b;
        Side sa = Side.of(a);
        Side sb = Side.of(b);
        tokensA = sa.tokens();
        tokensB = sb.tokens();
        placesA = sa.places();
        placesB = sb.places();
        negatorsA = sa.negators();
        negatorsB = sb.negators();
        wordsA = sa.words();
        wordsB = sb.words();
        matchA = new int[wordsA.size()];
        matchB = new int[wordsB.size()];
        align();
        findClashes();
    }

    /**
     * What is read off one text alone (three quarters of a pair's cost), kept for the texts compared last:
     * the linker compares each new claim with up to a dozen recent claims, which recur from article to
     * article. A pure function of the text, so keeping it changes no result.
     */
    private record Side(List<Token> tokens, List<Places.Mention> places, List<Negator> negators, List<ContentWord> words) {

        private static final int KEPT = 4096;
        private static final Map<String, Side> RECENT = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Side> eldest) {
                return size() > KEPT;
            }
        };

        static Side of(String text) {
            synchronized (RECENT) {
                Side kept = RECENT.get(text);
                if (kept != null) {
                    return kept;
                }
            }
            List<Token> tokens = List.copyOf(ArabicTokenizer.tokenize(text));
            List<Negator> negators = List.copyOf(Negation.standard().find(text, tokens));
            Side side = new Side(tokens, List.copyOf(Places.in(tokens)), negators, List.copyOf(contentWords(tokens, negators)));
            synchronized (RECENT) {
                RECENT.put(text, side);
            }
            return side;
        }
    }

    /**
     * Reads a text alone now, as a comparison of it would: the writer calls this for a new article's claims
     * before it takes its turn, so the serial part of storing is the alignment only. Changes no result.
     */
    public static void prepare(String text) {
        Side.of(text);
    }

    public double coverageA() {
        return coverage(matchA);
    }

    public double coverageB() {
        return coverage(matchB);
    }

    /**
     * A place named only by a and a place named only by b ("تعتقلها إيران" / "تعتقلها السعودية"), as
     * {mention in placesA, mention in placesB}; null when every place one side names, the other names too.
     */
    public Places.Mention[] placeSwap() {
        Places.Mention onlyA = onlyIn(placesA, placesB);
        Places.Mention onlyB = onlyIn(placesB, placesA);
        return onlyA == null || onlyB == null ? null : new Places.Mention[] {onlyA, onlyB};
    }

    /** Two places both sides name, in the opposite order ("كندا تشكو أميركا" / "أميركا تشكو كندا"). */
    public boolean placesReordered() {
        List<String> orderA = sharedPlaceOrder(placesA, placesB);
        List<String> orderB = sharedPlaceOrder(placesB, placesA);
        return orderA.size() >= 2 && !orderA.equals(orderB);
    }

    private static Places.Mention onlyIn(List<Places.Mention> side, List<Places.Mention> other) {
        for (Places.Mention m : side) {
            if (other.stream().noneMatch(o -> o.key().equals(m.key()))) {
                return m;
            }
        }
        return null;
    }

    private static List<String> sharedPlaceOrder(List<Places.Mention> side, List<Places.Mention> other) {
        List<String> out = new ArrayList<>();
        for (Places.Mention m : side) {
            if (!out.contains(m.key()) && other.stream().anyMatch(o -> o.key().equals(m.key()))) {
                out.add(m.key());
            }
        }
        return out;
    }

    public int unmatchedA() {
        return count(matchA, -1);
    }

    public int unmatchedB() {
        return count(matchB, -1);
    }

    public List<ContentWord> unmatchedWords(boolean sideA) {
        List<ContentWord> out = new ArrayList<>();
        int[] m = sideA ? matchA : matchB;
        List<ContentWord> w = sideA ? wordsA : wordsB;
        for (int i = 0; i < m.length; i++) {
            if (m[i] < 0) {
                out.add(w.get(i));
            }
        }
        return out;
    }

    private static double coverage(int[] match) {
        if (match.length == 0) {
            return 0;
        }
        return (match.length - count(match, -1)) / (double) match.length;
    }

    private static int count(int[] arr, int value) {
        int n = 0;
        for (int v : arr) {
            if (v == value) {
                n++;
            }
        }
        return n;
    }

    /** The light stems of a text's content words, in order: what two reports of one statement share. */
    public static List<String> contentStems(String text) {
        List<String> out = new ArrayList<>();
        for (Token t : ArabicTokenizer.tokenize(text)) {
            if (!isFunctionWord(t)) {
                out.add(t.isNumber() ? normaliseNumber(t.folded()) : ArabicFolding.stem(t.text()));
            }
        }
        return out;
    }

    private static List<ContentWord> contentWords(List<Token> tokens, List<Negator> negators) {
        PredicateLexicon lexicon = PredicateLexicon.standard();
        List<ContentWord> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isFunctionWord(t) || isNegatorWord(t, negators)) {
                continue;
            }
            String numberWord = NumberWords.valueOf(t);
            String stem = t.isNumber() ? normaliseNumber(t.folded())
                    : numberWord != null ? numberWord : ArabicFolding.stem(t.text());
            Set<String> readingStems = new HashSet<>();
            readingStems.add(stem);
            if (!t.isNumber() && numberWord == null) {
                for (String r : t.bases()) {
                    if (r.length() >= 3) {
                        String rs = ArabicFolding.stem(r);
                        if (rs.length() >= 3) {
                            readingStems.add(rs);
                        }
                    }
                }
            }
            out.add(new ContentWord(t, i, stem, skeleton(stem), Set.copyOf(readingStems), lexicon.keysOf(t),
                    Negation.governing(negators, i), numberWord != null, Synonyms.groupsOf(t)));
        }
        return out;
    }

    private static boolean isNegatorWord(Token t, List<Negator> negators) {
        for (Negator n : negators) {
            if (n.kind() != Negator.Kind.REVERSAL && n.cue().start() <= t.start() && t.end() <= n.cue().end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFunctionWord(Token t) {
        for (String r : t.bases()) {
            if (FUNCTION_WORDS.contains(r) && r.length() >= t.folded().length() - 1) {
                return true;
            }
        }
        return t.folded().length() < 2 && !t.isNumber();
    }

    /**
     * A rough root: derivational and person prefixes (ي ت ن ا م) stripped while more than three letters
     * remain, then long vowels dropped where three letters still remain: يرتفع, ارتفاع, مرتفع -> رتفع;
     * يتعهد, تعهد -> عهد; تتزوج, زواج -> زوج.
     */
    public static String skeleton(String stem) {
        String s = stem;
        while (s.length() > 3 && "يتنام".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        StringBuilder out = new StringBuilder(s);
        for (int i = out.length() - 1; i > 0 && out.length() > 3; i--) {
            char c = out.charAt(i);
            if (c == 'ا' || c == 'و' || c == 'ي') {
                out.deleteCharAt(i);
            }
        }
        return out.toString();
    }

    private static String normaliseNumber(String folded) {
        String s = folded.replace(',', '.').replace('\u066B', '.');
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }

    public static boolean sameWord(ContentWord x, ContentWord y) {
        if (x.isNumber() || y.isNumber()) {
            return x.isNumber() && y.isNumber() && x.stem().equals(y.stem());
        }
        if (x.stem().equals(y.stem())) {
            return true;
        }
        for (String r : x.readingStems()) {
            if (y.readingStems().contains(r)) {
                return true;
            }
        }
        if (x.skeleton().length() >= 3 && x.skeleton().equals(y.skeleton())) {
            return true;
        }
        String s = x.stem().length() <= y.stem().length() ? x.stem() : y.stem();
        String l = s == x.stem() ? y.stem() : x.stem();
        if (s.length() >= 4 && l.startsWith(s) && l.length() - s.length() <= 2) {
            return true;
        }
        for (String k : x.keys()) {
            if (y.keys().contains(k)) {
                return true;
            }
        }
        for (Integer g : x.synonymGroups()) {
            if (y.synonymGroups().contains(g)) {
                return true;
            }
        }
        return false;
    }

    /** Greedy one-to-one alignment, exact stems first, then looser matches. */
    private void align() {
        java.util.Arrays.fill(matchA, -1);
        java.util.Arrays.fill(matchB, -1);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < wordsA.size(); i++) {
                if (matchA[i] >= 0) {
                    continue;
                }
                for (int j = 0; j < wordsB.size(); j++) {
                    if (matchB[j] >= 0) {
                        continue;
                    }
                    boolean hit = pass == 0 ? wordsA.get(i).stem().equals(wordsB.get(j).stem())
                            : sameWord(wordsA.get(i), wordsB.get(j));
                    if (hit) {
                        matchA[i] = j;
                        matchB[j] = i;
                        break;
                    }
                }
            }
        }
    }

    private void findClashes() {
        Antonyms antonyms = Antonyms.standard();
        Set<String> keysA = new HashSet<>();
        Set<String> keysB = new HashSet<>();
        wordsA.forEach(w -> keysA.addAll(w.keys()));
        wordsB.forEach(w -> keysB.addAll(w.keys()));
        for (int i = 0; i < wordsA.size(); i++) {
            ContentWord x = wordsA.get(i);
            if (matchA[i] >= 0) {
                ContentWord y = wordsB.get(matchA[i]);
                if (x.negated() != y.negated() && !x.isNumber() && clashCounts(x, wordsA, y, wordsB)) {
                    polarityClashes.add(new int[] {i, matchA[i]});
                }
                continue;
            }
            for (int j = 0; j < wordsB.size(); j++) {
                ContentWord y = wordsB.get(j);
                if (matchB[j] >= 0) {
                    continue;
                }
                for (String ka : x.keys()) {
                    for (String kb : y.keys()) {
                        if (antonyms.opposite(ka, kb) && !keysB.contains(ka) && !keysA.contains(kb)
                                && x.negated() == y.negated()) {
                            antonymPairs.add(new int[] {i, j});
                        }
                    }
                }
            }
        }
        // A number left unaligned is "only" on its side when the other side never writes it: the same
        // figures in another order ("between 30 and 32" / "between 32 and 30") are no other number.
        for (int i = 0; i < wordsA.size(); i++) {
            if (matchA[i] < 0 && wordsA.get(i).isNumber() && !writesNumber(wordsB, wordsA.get(i))) {
                numbersOnlyA.add(i);
            }
        }
        for (int j = 0; j < wordsB.size(); j++) {
            if (matchB[j] < 0 && wordsB.get(j).isNumber() && !writesNumber(wordsA, wordsB.get(j))) {
                numbersOnlyB.add(j);
            }
        }
        findSubstitutions();
        findOppositesOnSharedArguments(antonyms);
    }

    /**
     * Opposite predicates attached to the same argument, even when both sides use both predicates
     * ("الإسترليني يهبط والدولار يصعد" / "صعود للإسترليني وهبوط للدولار"): for each pair of matched
     * words, the predicates next to them on each side are compared.
     */
    private void findOppositesOnSharedArguments(Antonyms antonyms) {
        for (int i = 0; i < wordsA.size(); i++) {
            int j = matchA[i];
            if (j < 0 || !wordsA.get(i).keys().isEmpty()) {
                continue;
            }
            for (int da = -1; da <= 1; da += 2) {
                for (int db = -1; db <= 1; db += 2) {
                    int pa = attachedPredicate(wordsA, i, da);
                    int pb = attachedPredicate(wordsB, j, db);
                    if (pa < 0 || pb < 0) {
                        continue;
                    }
                    ContentWord x = wordsA.get(pa);
                    ContentWord y = wordsB.get(pb);
                    if (x.negated() != y.negated() || alreadyOpposed(pa, pb)) {
                        continue;
                    }
                    for (String ka : x.keys()) {
                        for (String kb : y.keys()) {
                            if (antonyms.opposite(ka, kb) && !alreadyOpposed(pa, pb)) {
                                argumentOpposites.add(new int[] {pa, pb});
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The predicate that belongs to the argument at {@code i} in one direction: the first word with a
     * predicate key within two words ("صعود كبير للإسترليني"), not across a و-conjunct, which starts a
     * new phrase ("تراجع للدولار وصعود للذهب" does not attach صعود to الدولار). -1 when none.
     */
    private static int attachedPredicate(List<ContentWord> words, int i, int direction) {
        for (int step = 1; step <= 2; step++) {
            int k = i + direction * step;
            if (k < 0 || k >= words.size()) {
                return -1;
            }
            ContentWord later = direction > 0 ? words.get(k) : words.get(k + 1);
            if (startsWithConjunction(later.token())) {
                return -1;
            }
            if (!words.get(k).keys().isEmpty()) {
                return k;
            }
        }
        return -1;
    }

    private static boolean startsWithConjunction(Token t) {
        String f = t.folded();
        return f.length() > 3 && f.charAt(0) == 'و' && !ArabicFolding.stem(t.text()).startsWith("و")
                && t.bases().contains(f.substring(1));
    }

    private boolean alreadyOpposed(int i, int j) {
        for (int[] p : argumentOpposites) {
            if (p[0] == i && p[1] == j) {
                return true;
            }
        }
        return false;
    }

    /**
     * A polarity clash is about a predicate, or the word a negator governs directly ("لم يحضر",
     * "غير قانوني"); a reversal verb (رفض) that both sides use negates on neither side.
     */
    private static boolean clashCounts(ContentWord x, List<ContentWord> xs, ContentWord y, List<ContentWord> ys) {
        ContentWord negated = x.negated() ? x : y;
        List<ContentWord> side = x.negated() ? xs : ys;
        List<ContentWord> other = x.negated() ? ys : xs;
        Negator n = negated.negatedBy();
        if (n.kind() == Negator.Kind.REVERSAL) {
            for (ContentWord w : other) {
                if (w.token().start() >= 0 && w.keys().stream().anyMatch(k -> reversalKeys(side, n).contains(k))) {
                    return false;
                }
            }
        }
        if (!negated.keys().isEmpty()) {
            return true;
        }
        for (ContentWord w : side) {
            if (w.index() > n.cueToken() && !isReversalWord(w, n)) {
                return w == negated;
            }
        }
        return false;
    }

    private static boolean isReversalWord(ContentWord w, Negator n) {
        return w.token().start() >= n.cue().start() && w.token().end() <= n.cue().end();
    }

    private static Set<String> reversalKeys(List<ContentWord> side, Negator n) {
        Set<String> keys = new HashSet<>();
        for (ContentWord w : side) {
            if (isReversalWord(w, n)) {
                keys.addAll(w.keys());
            }
        }
        return keys;
    }

    /** Whether {@code words} write {@code number} somewhere, bare or after the conjunction و. */
    private static boolean writesNumber(List<ContentWord> words, ContentWord number) {
        for (ContentWord w : words) {
            String stem = w.stem().startsWith("و") ? w.stem().substring(1) : w.stem(); // "و32": a word, not a number token
            if (stem.equals(number.stem())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An unmatched word of a and an unmatched word of b whose neighbours match each other: the same
     * slot filled differently ("فيلم أجنبي" / "فيلم عربي").
     */
    private void findSubstitutions() {
        for (int i = 0; i < wordsA.size(); i++) {
            if (matchA[i] >= 0) {
                continue;
            }
            for (int d = -1; d <= 1; d += 2) {
                int ni = i + d;
                if (ni < 0 || ni >= wordsA.size() || matchA[ni] < 0) {
                    continue;
                }
                int nj = matchA[ni];
                for (int dj = -1; dj <= 1; dj += 2) {
                    int j = nj + dj; // either side of the matched neighbour: b may reorder the phrase
                    if (j >= 0 && j < wordsB.size() && matchB[j] < 0 && !alreadySubstituted(i, j)) {
                        substitutions.add(new int[] {i, j});
                    }
                }
            }
        }
    }

    private boolean alreadySubstituted(int i, int j) {
        for (int[] s : substitutions) {
            if (s[0] == i || s[1] == j) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> loadFunctionWords() {
        Set<String> out = new HashSet<>();
        try (InputStream in = PairAnalysis.class.getResourceAsStream("function-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon function-words.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(ArabicFolding.fold(line.trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}

package org.mizan.ingest.attribution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.mizan.core.text.Affix;
import org.mizan.core.text.ArabicFolding;

/**
 * The word lists that describe speaker mentions, loaded once. Every lookup takes a folded token stem
 * (conjunction, prepositions and article removed, see {@link Tokenizer}).
 */
final class Lexicons {

    enum Boundary { TIME, PREPOSITION, COMPLEMENTISER, RELATIVE, FUNCTION }

    private static final Lexicons INSTANCE = new Lexicons();

    final Set<String> titles = WordList.stems("titles.txt");
    final Set<String> organizationHeads = WordList.stems("organization-heads.txt");
    final Set<String> anonymousHeads = WordList.stems("anonymous-heads.txt");
    final Set<String> documentHeads = WordList.stems("document-heads.txt");
    final Set<String> groupHeads = WordList.stems("group-heads.txt");
    /** States and cities: this module's list and the countries and capitals of core's places.tsv. */
    final Set<String> places = union(WordList.stems("places.txt"), worldPlaces(false));
    final Set<String> nationalities = nationalityForms();
    /** Nisbas of a country (core's places.tsv): the nationalities that tell two officials apart. */
    final Set<String> countryNisbas = worldPlaces(true);
    final Set<String> commonWords = WordList.stems("common-words.txt");
    final Set<String> verbs = WordList.stems("verbs.txt");
    final Set<String> firstNames = WordList.stems("first-names.txt");
    /** Nouns for the occasion of a statement (تصريح، مقابلة، مؤتمر): the dater's list, read here too. */
    final Set<String> speechEvents = WordList.stems("/org/mizan/ingest/time/speech-events.txt");
    /** Boundary words keyed by their folded form without the conjunction (not stemmed: "بأن" stays). */
    final Map<String, Boundary> boundaries = boundaries();
    final CueLexicon cues = CueLexicon.load();

    private Lexicons() {
    }

    static Lexicons get() {
        return INSTANCE;
    }

    /** Every word the tokenizer may expose as a stem once clitics are removed. */
    Set<String> knownWords() {
        Set<String> all = new HashSet<>();
        all.addAll(titles);
        all.addAll(organizationHeads);
        all.addAll(anonymousHeads);
        all.addAll(documentHeads);
        all.addAll(groupHeads);
        all.addAll(places);
        all.addAll(nationalities);
        all.addAll(commonWords);
        all.addAll(verbs);
        all.addAll(firstNames);
        all.addAll(boundaries.keySet());
        all.addAll(cues.forms());
        for (String present : cues.presentForms()) {
            all.add(Affix.FUTURE_PREFIX.word() + present); // "وسيقول": the tokenizer separates و only from a word it knows
        }
        all.addAll(WordClass.UNSPLIT_FUNCTION_WORD.words());
        return all;
    }

    /** Every verb form known: mined verbs and reporting-verb inflections. */
    Set<String> verbForms() {
        Set<String> all = new HashSet<>(verbs);
        all.addAll(cues.forms());
        return all;
    }

    boolean isVerb(Token t) {
        if (t.punctuation()) {
            return false;
        }
        String w = t.afterConjunction();
        // "سيلتقي", "ستعقد": the future prefix on a present verb
        return verbs.contains(w) || verbs.contains(t.stem())
                || w.length() > 4 && w.startsWith(Affix.FUTURE_PREFIX.word())
                        && Affix.IMPERFECT_PREFIX.isLetter(w.charAt(1)) && verbs.contains(w.substring(1));
    }

    /** A country or city, whether or not the tokenizer split its article ("ألمانيا" folds to المانيا). */
    boolean isPlace(String word) {
        return places.contains(word) || places.contains(WordList.stripArticle(word));
    }

    /** A country's nisba, masculine ("روسي") or feminine ("روسيه"); never "الأممي" or "الدولي". */
    boolean isCountryNisba(String stem) {
        return countryNisbas.contains(stem) || stem.endsWith(Affix.NISBA_FEMININE.word())
                && countryNisbas.contains(stem.substring(0, stem.length() - 1));
    }

    boolean isNationality(String stem) {
        return nationalities.contains(stem);
    }

    /** core's places.tsv, one-word forms: nisba adjectives ("الماني") or names and capitals. */
    private static Set<String> worldPlaces(boolean nisbas) {
        Set<String> out = new HashSet<>();
        for (String form : org.mizan.core.identity.Places.oneWordForms()) {
            if (form.endsWith(Affix.NISBA.word()) == nisbas) {
                out.add(form);
            }
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    private static Set<String> nationalityForms() {
        Set<String> out = new HashSet<>();
        for (String m : union(WordList.stems("nationalities.txt"), worldPlaces(true))) {
            out.add(m);
            out.add(m + Affix.TA_MARBUTA_FOLDED.word());
            out.add(m + Affix.PLURAL_OBLIQUE.word());
            out.add(m + Affix.DUAL_NOMINATIVE.word());
            out.add(m + Affix.PLURAL_NOMINATIVE.word());
        }
        return Set.copyOf(out);
    }

    private static Map<String, Boundary> boundaries() {
        Map<String, Boundary> out = new HashMap<>();
        for (String line : WordList.lines("boundaries.txt")) {
            String[] cols = line.split("\t");
            out.putIfAbsent(ArabicFolding.fold(cols[1]), Boundary.valueOf(cols[0].toUpperCase(java.util.Locale.ROOT)));
        }
        return Map.copyOf(out);
    }
}

package org.mizan.core.semantics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.core.text.ArabicFolding;
import org.mizan.core.text.LexiconFile;

/**
 * Predicates by meaning, in one place: maps Arabic verb forms (every person and number of past and
 * present) and verbal nouns to language-independent keys ("sign", "withdraw") — predicates.tsv, whose
 * stems this class inflects and matches on folded, clitic-stripped readings — and places each key in
 * its family (predicate-families.tsv): which predicates answer one question, in which direction, how
 * surely, and the Arabic verbal noun that names them in link reasons. A key missing from the families
 * is its own family, positive, fully sure.
 */
public final class PredicateLexicon {

    private static final String RESOURCE = "predicates.tsv";
    private static final List<String> PAST_SUFFIXES = withNone(SemanticWord.PAST_SUFFIX);
    private static final List<String> PRESENT_PREFIXES = SemanticWord.PRESENT_PREFIX.list();
    private static final List<String> PRESENT_SUFFIXES = withNone(SemanticWord.PRESENT_SUFFIX);
    private static final String FAMILIES = "predicate-families.tsv";
    private static final String LABELS = "predicate-labels.tsv";
    private static final PredicateLexicon STANDARD = load();

    /** How a predicate answers its family's question. */
    public enum Sense {
        /** Affirmed: yes; negated: no. */
        POSITIVE,
        /** Affirmed: no; negated: yes (reject, refuse). */
        NEGATIVE,
        /** A contrary (fall against rise): affirmed, no; negated, no answer. */
        CONTRARY
    }

    /**
     * How pages name a predicate: affirmed (the subject did it) and negated, in Arabic and English
     * (predicate-labels.tsv).
     */
    public record Label(String arabicYes, String arabicNo, String englishYes, String englishNo) {

        /** The label in {@code lang} ("en", else Arabic), affirmed or negated. */
        public String in(String lang, boolean affirmed) {
            boolean english = "en".equals(lang);
            return affirmed ? (english ? englishYes : arabicYes) : (english ? englishNo : arabicNo);
        }
    }

    /**
     * A predicate's place in its family.
     *
     * @param weight       how surely the predicate answers the question (request_time: 0.8, "not yet")
     * @param defaultClass the object class assumed when the object is missing, or null
     * @param noun         the Arabic verbal noun for reasons ("التوقيع على")
     */
    public record Entry(String predicate, String family, Sense sense, double weight, String defaultClass,
                        String noun) {
    }

    /** First word of a form -> the forms (as word arrays) starting with it, with their keys. */
    private final Map<String, List<Form>> byFirstWord;
    private final Set<String> keys;
    private final Set<String> eventKeys;
    private final Map<String, Entry> families;
    private final Map<String, Entry> positiveByFamily = new HashMap<>();
    private final Map<String, Label> labels;

    private record Form(String[] words, List<String> keys, boolean verbal) {
    }

    private PredicateLexicon(Map<String, List<Form>> byFirstWord, Set<String> keys, Set<String> eventKeys,
                             Map<String, Entry> families, Map<String, Label> labels) {
        this.byFirstWord = byFirstWord;
        this.labels = labels;
        this.keys = keys;
        this.eventKeys = eventKeys;
        this.families = families;
        for (Entry e : families.values()) {
            if (e.sense() == Sense.POSITIVE) {
                positiveByFamily.putIfAbsent(e.family(), e);
            }
        }
    }

    /** The predicate's family entry; an unknown predicate is its own family, positive, fully sure. */
    public Entry entry(String predicate) {
        Entry e = families.get(predicate);
        return e != null ? e : new Entry(predicate, predicate, Sense.POSITIVE, 1.0, null, predicate);
    }

    /** The family's affirming predicate (sign for consent), to name the question in reasons. */
    public Entry positiveOf(String family) {
        Entry e = positiveByFamily.get(family);
        return e != null ? e : entry(family);
    }

    /** Whether the predicate has a family entry. */
    public boolean knows(String predicate) {
        return families.containsKey(predicate);
    }

    /** How pages name the predicate, or null for a key the lexicon does not know. */
    public Label label(String predicate) {
        return predicate == null ? null : labels.get(predicate);
    }

    /** Every predicate key the lexicon knows: those with forms and those with a family. */
    public Set<String> allKeys() {
        Set<String> out = new LinkedHashSet<>(keys);
        out.addAll(families.keySet());
        return out;
    }

    /** The family entries, in file order. */
    public java.util.Collection<Entry> families() {
        return families.values();
    }

    /** True for a predicate with verb forms (an event or act), false for a descriptive key (high, war). */
    public boolean isEvent(String key) {
        return eventKeys.contains(key);
    }

    public static PredicateLexicon standard() {
        return STANDARD;
    }

    public Set<String> keys() {
        return keys;
    }

    /** Predicates in a token list, longest match first, never overlapping. */
    public List<PredicateMention> find(List<Token> tokens) {
        List<PredicateMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            PredicateMention best = matchAt(tokens, i);
            if (best == null) {
                i++;
            } else {
                out.add(best);
                i = best.end();
            }
        }
        return out;
    }

    /** The longest predicate form starting at token {@code i}, or null. */
    public PredicateMention matchAt(List<Token> tokens, int i) {
        Token head = tokens.get(i);
        Form best = null;
        for (String reading : head.bases()) {
            for (Form e : byFirstWord.getOrDefault(reading, List.of())) {
                if (matchesRest(e, tokens, i) && (best == null || e.words.length > best.words.length
                        || e.words.length == best.words.length && e.verbal && !best.verbal)) {
                    best = e;
                }
            }
        }
        return best == null ? null : new PredicateMention(best.keys, i, i + best.words.length, best.verbal);
    }

    /** The keys a single word can stand for (empty when it is no predicate). */
    public List<String> keysOf(Token token) {
        Set<String> out = new LinkedHashSet<>();
        for (String reading : token.bases()) {
            for (Form e : byFirstWord.getOrDefault(reading, List.of())) {
                if (e.words.length == 1) {
                    out.addAll(e.keys);
                }
            }
        }
        return List.copyOf(out);
    }

    /** True when the word is a finite verb form of some predicate (not a noun). */
    public boolean isVerbForm(Token token) {
        if (hasArticle(token.folded())) {
            return false; // a word with the article is a noun: العرض is no form of عرض
        }
        for (String reading : token.bases()) {
            for (Form e : byFirstWord.getOrDefault(reading, List.of())) {
                if (e.verbal) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The class's suffixes after the bare stem (no suffix), in the file's order. */
    private static List<String> withNone(SemanticWord suffixes) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(suffixes.list());
        return List.copyOf(out);
    }

    private static boolean hasArticle(String folded) {
        return folded.length() > 3 && (SemanticWord.SHORT_ARTICLE.prefixes(folded)
                || folded.length() > 4 && SemanticWord.LONG_ARTICLE.prefixes(folded));
    }

    private static boolean matchesRest(Form e, List<Token> tokens, int i) {
        if (i + e.words.length > tokens.size()) {
            return false;
        }
        for (int k = 1; k < e.words.length; k++) {
            if (!tokens.get(i + k).reads(e.words[k])) {
                return false;
            }
        }
        return true;
    }

    private static PredicateLexicon load() {
        Map<String, Map<List<String>, Form>> forms = new HashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> eventKeys = new LinkedHashSet<>();
        for (String line : LexiconFile.entryLines(PredicateLexicon.class, RESOURCE)) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 4) {
                throw new IllegalStateException("predicates.tsv: expected 4 columns: " + line);
            }
            String key = cols[0].trim();
            keys.add(key);
            if (!cols[1].isBlank() || !cols[2].isBlank()) {
                eventKeys.add(key);
            }
            for (String past : alternatives(cols[1])) {
                for (String suffix : PAST_SUFFIXES) {
                    add(forms, inflectFirst(past, suffix, true), key, true);
                }
            }
            for (String present : alternatives(cols[2])) {
                for (String prefix : PRESENT_PREFIXES) {
                    for (String suffix : PRESENT_SUFFIXES) {
                        add(forms, prefix + inflectFirst(present, suffix, false), key, true);
                    }
                    // Jussive after لم drops a final weak letter: لم يبق، لم يستجب.
                    String first = present.split(" ")[0];
                    if (first.length() > 2 && SemanticWord.WEAK_FINAL.suffixes(first)) {
                        add(forms, prefix + first.substring(0, first.length() - 1)
                                + present.substring(first.length()), key, true);
                    }
                }
            }
            for (String noun : alternatives(cols[3])) {
                add(forms, noun, key, false);
            }
        }
        Map<String, List<Form>> byFirst = new HashMap<>();
        for (Map<List<String>, Form> m : forms.values()) {
            for (Form e : m.values()) {
                byFirst.computeIfAbsent(e.words[0], w -> new ArrayList<>()).add(e);
            }
        }
        return new PredicateLexicon(byFirst, Set.copyOf(keys), Set.copyOf(eventKeys), loadFamilies(), loadLabels());
    }

    private static Map<String, Label> loadLabels() {
        Map<String, Label> out = new HashMap<>();
        for (String[] row : LexiconFile.rows(PredicateLexicon.class, LABELS, 5)) {
            if (out.put(row[0], new Label(row[1], row[2], row[3], row[4])) != null) {
                throw new IllegalStateException(LABELS + ": duplicate " + row[0]);
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, Entry> loadFamilies() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String[] row : LexiconFile.rows(PredicateLexicon.class, FAMILIES, 6)) {
            Sense sense = switch (row[2]) {
                case "+" -> Sense.POSITIVE;
                case "-" -> Sense.NEGATIVE;
                case "~" -> Sense.CONTRARY;
                default -> throw new IllegalStateException(FAMILIES + ": bad sense " + row[2]);
            };
            double weight = Double.parseDouble(row[3]);
            if (weight <= 0 || weight > 1) {
                throw new IllegalStateException(FAMILIES + ": weight out of (0, 1] for " + row[0]);
            }
            if (entries.put(row[0], new Entry(row[0], row[1], sense, weight, row[4].equals("-") ? null : row[4],
                    row[5])) != null) {
                throw new IllegalStateException(FAMILIES + ": duplicate " + row[0]);
            }
        }
        return entries;
    }

    private static List<String> alternatives(String col) {
        List<String> out = new ArrayList<>();
        for (String s : col.split("\\|")) {
            String f = ArabicFolding.fold(s.trim());
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * Adds a suffix to the first word of a (possibly multi-word) stem. A defective stem ending in ي
     * (folded ى) drops it before a suffix that starts with a consonant or و (نفى -> نفت، نفوا).
     */
    private static String inflectFirst(String stem, String suffix, boolean past) {
        int sp = stem.indexOf(' ');
        String first = sp < 0 ? stem : stem.substring(0, sp);
        String rest = sp < 0 ? "" : stem.substring(sp);
        if (!suffix.isEmpty() && SemanticWord.WEAK_FINAL.suffixes(first) && first.length() > 2
                && SemanticWord.CONSONANT_SUFFIX_START.prefixes(suffix)) {
            first = first.substring(0, first.length() - 1);
        }
        return first + suffix + rest;
    }

    private static void add(Map<String, Map<List<String>, Form>> forms, String form, String key, boolean verbal) {
        String[] words = form.trim().split("\\s+");
        List<String> id = Arrays.asList(words);
        Map<List<String>, Form> m = forms.computeIfAbsent(words[0], w -> new HashMap<>());
        Form old = m.get(id);
        if (old == null) {
            m.put(id, new Form(words, List.of(key), verbal));
        } else if (!old.keys.contains(key)) {
            List<String> ks = new ArrayList<>(old.keys);
            ks.add(key);
            m.put(id, new Form(words, ks, old.verbal || verbal));
        }
    }
}

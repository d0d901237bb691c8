package org.mizan.ingest.attribution;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mizan.core.text.ArabicFolding;
import org.mizan.core.text.LexiconFile;

/**
 * The closed classes of function words the attribution rules consult, read from the hand-curated
 * {@code word-classes-curated.tsv} (class, folded word). Code names a class, never a word.
 */
enum WordClass {
    PRONOUN_SUBJECT, CLAUSE_OPENER, NEVER_PRINCIPAL, AUXILIARY, ADJUNCT, NAME_PARTICLE, SINGULAR_SOURCE,
    HONORIFIC, ROLE_LINK, SOURCE_LINK, IMPERSONAL, NOUN_CONTEXT, AMBIGUOUS_CUE, VERBAL_NOUN,
    SUBJUNCTIVE_OR_RELATIVE, SPEECH_NOUN, DESIGNATING, OCCASION_PREPOSITION, NAMING, PRONOUN_WORD,
    PRIOR_ASPECT, QUANTIFIER, QUANTIFIER_OF, BLESSING, THEOPHORIC_HEAD, ADVERB_HOMOGRAPH, REFERENCE_VERB,
    PROGRESSIVE_AUXILIARY;

    private static final Map<WordClass, Set<String>> WORDS = load();

    /** Whether the folded word belongs to this class. */
    boolean has(String folded) {
        return WORDS.get(this).contains(folded);
    }

    Set<String> words() {
        return WORDS.get(this);
    }

    private static Map<WordClass, Set<String>> load() {
        Map<WordClass, Set<String>> sets = new EnumMap<>(WordClass.class);
        for (WordClass c : values()) {
            sets.put(c, new HashSet<>());
        }
        for (String[] row : LexiconFile.rows(WordClass.class, "word-classes-curated.tsv")) {
            WordClass c = valueOf(row[0].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            sets.get(c).add(ArabicFolding.fold(row[1].strip()));
        }
        sets.replaceAll((c, words) -> {
            if (words.isEmpty()) {
                throw new IllegalStateException("word class " + c + " has no words");
            }
            return Set.copyOf(words);
        });
        return sets;
    }
}

package org.mizan.core.text;

/**
 * Arabic clitics, affixes and the letters they are written with, read from the hand-curated
 * {@code affixes-curated.tsv}: the morphology every stage strips or tests for. Code names an affix by
 * its class, never by its letters. Entries are written as the code meets them: folded where the code
 * compares folded text, as written (ة, أ) where it looks at the original.
 */
public enum Affix implements WordClassEnum<Affix> {
    DEFINITE_ARTICLE, LAM_ARTICLE, BI_ARTICLE, KA_ARTICLE, WA_ARTICLE, FA_ARTICLE,
    WA, FA, LI, BI, KA, FUTURE_PREFIX,
    TA_MARBUTA, TA_MARBUTA_FOLDED, OPEN_TA, HAMZA_ALEF, FINAL_ALEF, NISBA, MIM_PREFIX, IMPERFECT_PREFIX,
    NISBA_FEMININE, PLURAL_OBLIQUE, DUAL_NOMINATIVE, PLURAL_NOMINATIVE, ARTICLE_ALEF,
    FIRST_PLURAL_SUFFIX, FIRST_SINGULAR_PREFIX, WEAK_ALEF, WEAK_YA, FEMININE_PAST_SUFFIX, FEMININE_PRESENT_PREFIX,
    HAMZA_BELOW_ALEF, NISBA_ENDING, PLURAL_CONSTRUCT, PLURAL_NUN, AGENT_ALEF, FINAL_YA, PRONOUN_HU, FEMININE_PLURAL,
    PLURAL_PAST_SUFFIX;

    private static final WordTable<Affix> TABLE = WordTable.load(Affix.class, "affixes-curated.tsv");

    @Override
    public WordTable<Affix> table() {
        return TABLE;
    }
}

package org.mizan.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeysTest {

    /** What LIKE does with one pattern "% w%": some key word begins with w. */
    static boolean matches(String text, String query) {
        String key = SearchKeys.key(text);
        return !SearchKeys.likePatterns(query).isEmpty() && SearchKeys.likePatterns(query).stream()
                .allMatch(p -> key.contains(p.substring(1, p.length() - 1)));
    }

    @ParameterizedTest
    @CsvSource({
            "قال المتحدث باسم قوات خليفة حفتر إن الهدنة صامدة, حفتر",
            "وجهت الدعوة لحفتر لحضور المؤتمر, حفتر",
            "رد ولحفتر أنصار في المدينة, حفتر",
            "أعلنت الحكومة الليبية موافقتها, الحكومه",
            "أعلنت الحكومة الليبية موافقتها, حكومة",
            "وقّعت حكومة الوفاق على الاتفاق, وقعت",
            "وقعت حكومة الوفاق على الاتفاق, اتفاق",
            "صرح الوزير في ٢٠٢٠ بأن, 2020",
            "Lavrov said on Monday, lavrov",
    })
    void findsTheWordInItsArabicVariants(String text, String query) {
        assertThat(matches(text, query)).as(query + " in " + text).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "قال المتحدث باسم الحكومة إن الهدنة صامدة, حفتر",
            "أعلنت الحكومة الليبية موافقتها, رفضها",
            "وقعت حكومة الوفاق على الاتفاق, السراج",
    })
    void doesNotFindAbsentWords(String text, String query) {
        assertThat(matches(text, query)).isFalse();
    }

    @Test
    void everyQueryWordMustMatch() {
        assertThat(matches("خليفة حفتر غادر موسكو", "حفتر موسكو")).isTrue();
        assertThat(matches("خليفة حفتر غادر موسكو", "حفتر أنقرة")).isFalse();
    }

    @Test
    void likeWildcardsInTheQueryAreNotWildcards() {
        assertThat(SearchKeys.likePatterns("%_")).isEmpty();
        assertThat(SearchKeys.likePatterns("a%b")).allSatisfy(p -> assertThat(p.substring(1, p.length() - 1)).doesNotContain("%"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وجهت الدعوة لحفتر وللسراج|حفتر|لحفتر",
            "قال خليفة حفتر إن|حفتر|حفتر",
            "وقّعت الحكومة على الاتفاق|وقعت|وقّعت",
            "وقّعت الحكومة على الاتفاق|الحكومه اتفاق|الحكومة,الاتفاق",
    })
    void hitsAreTheOriginalWordsThatMatch(String text, String query, String expected) {
        assertThat(SearchKeys.hits(text, query).stream().map(h -> text.substring(h[0], h[1])).toList())
                .containsExactly(expected.split(","));
    }

    @Test
    void blankQueryHasNoPatterns() {
        assertThat(SearchKeys.likePatterns("  ، . ")).isEmpty();
        assertThat(SearchKeys.likePatterns(null)).isEmpty();
    }
}

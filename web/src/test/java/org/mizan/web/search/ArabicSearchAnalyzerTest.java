package org.mizan.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicSearchAnalyzerTest {

    final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();

    /** What the index does: every query word shares a term with some word of the text. */
    boolean finds(String text, String query) {
        Set<String> indexed = new java.util.HashSet<>();
        analyzer.termGroups("body", text).forEach(indexed::addAll);
        List<Set<String>> words = analyzer.termGroups("body", query);
        return !words.isEmpty() && words.stream().allMatch(w -> w.stream().anyMatch(indexed::contains));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "انسحبت قوات خليفة حفتر من الميناء|لحفتر",
            "وجّه المجلس دعوة لحفتر إلى الاجتماع|حفتر",
            "وجّه المجلس دعوة لحفتر إلى الاجتماع|لحفتر",
            "للمجلس ولحفتر ممثلون في اللجنة|حفتر",
            "أعلنت الحكومة موافقتها على الخطة|الحكومه",
            "أعلنت الحكومة موافقتها على الخطة|حكومة",
            "وقّعت البلدية على العقد الجديد|وقعت",
            "ارتفع المؤشر في ٢٠١٩ بنسبة صغيرة|2019",
            "The minister said on Monday|MINISTER",
    })
    void findsAWordInItsArabicForms(String text, String query) {
        assertThat(finds(text, query)).as(query + " in " + text).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قال الوزير إن الحزب سيرغب في المشاركة|سيرغي",
            "قال سيرغي إن الوفد يعود غدا|سيرغب",
            "أعلنت الحكومة موافقتها على الخطة|رفضها",
            "انسحبت قوات خليفة حفتر من الميناء|حفتر المطار",
    })
    void doesNotFindAnotherWordThatBeginsTheSame(String text, String query) {
        assertThat(finds(text, query)).as(query + " in " + text).isFalse();
    }

    @Test
    void aShortWordKeepsItsFirstLetter() {
        assertThat(ArabicSearchAnalyzer.variants("بلد")).containsExactly("بلد");
        assertThat(ArabicSearchAnalyzer.variants("ولحفتر")).contains("حفتر");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وجّه المجلس دعوة لحفتر ولحفتر أنصار|حفتر|لحفتر,ولحفتر",
            "وقّعت البلدية على العقد|وقعت|وقّعت",
            "وقّعت البلدية على العقد|البلديه عقد|البلدية,العقد",
    })
    void hitsAreTheOriginalWordsThatMatch(String text, String query, String expected) {
        assertThat(analyzer.hits(text, query).stream().map(h -> text.substring(h[0], h[1])).toList())
                .containsExactly(expected.split(","));
    }

    @Test
    void punctuationAloneIsNoQuery() {
        assertThat(analyzer.termGroups("body", "  ، . ؟ ")).isEmpty();
        assertThat(analyzer.termGroups("body", null)).isEmpty();
    }
}

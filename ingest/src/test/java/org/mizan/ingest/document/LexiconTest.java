package org.mizan.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each lexicon entry, set on a line of its own, must be recognised in its role; a misspelt entry, or one
 * that is an ordinary word, fails here or in {@link LineClassifierTest#leavesArticleLinesThatStartLikeFurniture}.
 */
class LexiconTest {

    private final LineClassifier classifier = LineClassifier.standard();

    private LineKind kind(String line) {
        return classifier.classify(line, TextLine.split(line).get(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أحدث الاخبار | أحدث الأخبار",
            "اقرأ أيضاً | اقرا ايضا",
            "الأكثر قراءةً | الاكثر قراءه"})
    void keysFoldHamzaTanweenAndTaMarbuta(String a, String b) {
        assertThat(Lexicon.key(a)).isEqualTo(Lexicon.key(b));
    }

    @Test
    void everyListHeadingOpensAList() {
        for (String entry : Lexicons.LIST_HEADINGS.entries()) {
            assertThat(kind(entry)).as(entry).isEqualTo(LineKind.LIST_HEADING);
            assertThat(kind(entry + ":")).as(entry + ":").isEqualTo(LineKind.LIST_HEADING);
            // Entries are headings, not sentence openers: followed by words they must not match.
            assertThat(kind(entry + " في المدينة القديمة")).as(entry + " …").isNotEqualTo(LineKind.LIST_HEADING);
        }
    }

    @Test
    void everyTrailerMarkerEndsTheArticle() {
        for (String entry : Lexicons.TRAILER_MARKERS.entries()) {
            assertThat(kind(entry + " العنوان")).as(entry).isEqualTo(LineKind.TRAILER);
        }
    }

    @Test
    void everyTagMarkerEndsTheLastSentence() {
        BoilerplateStripper stripper = BoilerplateStripper.standard();
        String body = "أعلنت الوزارة افتتاح مستشفى جديد في العاصمة أمس بحضور عدد من المسؤولين.";
        for (String entry : Lexicons.TAG_MARKERS.entries()) {
            String text = body + " " + entry + " الصحة العاصمة";
            assertThat(stripper.strip(text, "عنوان", null).body().text()).as(entry).isEqualTo(body);
        }
    }

    @Test
    void everySourceMarkerMakesASourceLine() {
        for (String entry : Lexicons.SOURCE_MARKERS.entries()) {
            assertThat(kind(entry + ": وكالة الأنباء")).as(entry).isEqualTo(LineKind.SOURCE);
            // A long line that merely starts with the marker is article text.
            assertThat(kind(entry + " الوزير الذي وصل إلى العاصمة أمس في زيارة رسمية تستمر ثلاثة أيام."))
                    .as(entry + " …").isNotEqualTo(LineKind.SOURCE);
        }
    }

    @Test
    void everyShareWordAloneIsAWidgetLine() {
        for (String entry : Lexicons.SHARE_WORDS.entries()) {
            assertThat(kind(entry)).as(entry).isEqualTo(LineKind.SHARE);
        }
    }

    @Test
    void everyBylineIsShortAndHasNoFullStop() {
        for (String entry : Lexicons.BYLINES.entries()) {
            assertThat(entry.split(" ")).as(entry).hasSizeLessThanOrEqualTo(3);
            assertThat(entry).as(entry).doesNotEndWith(".");
        }
    }

    @Test
    void everyAbbreviationIsOneLatinOrArabicWordWithoutItsStop() {
        for (String entry : Lexicons.ABBREVIATIONS.entries()) {
            assertThat(entry).as(entry).matches("\\p{L}{2,5}");
        }
    }
}

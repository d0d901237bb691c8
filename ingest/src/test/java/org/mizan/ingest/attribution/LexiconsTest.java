package org.mizan.ingest.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.text.ArabicFolding;

class LexiconsTest {

    private static final Lexicons LEX = Lexicons.get();

    @Test
    void everyCueFormIsStoredFoldedWithFoldedComplements() {
        for (String form : LEX.cues.forms()) {
            CueForm f = LEX.cues.lookup(form).orElseThrow();
            assertThat(ArabicFolding.fold(form)).as(form).isEqualTo(form);
            assertThat(f.complements()).allSatisfy(m -> assertThat(ArabicFolding.fold(m)).isEqualTo(m));
        }
    }

    @ParameterizedTest(name = "{0} is a {1} form of {2}")
    @CsvSource({"قالت,PAST,قال", "يقولون,PRESENT,قال", "مؤكدا,PARTICIPLE,أكد", "مشيره,PARTICIPLE,أشار", "نفت,PAST,نفى"})
    void knowsTheInflections(String form, CueForm.Type type, String lemma) {
        CueForm f = LEX.cues.lookup(form).orElseThrow();

        assertThat(f.type()).isEqualTo(type);
        assertThat(f.lemma()).isEqualTo(lemma);
    }

    @ParameterizedTest(name = "{0} is no cue form")
    @CsvSource({"قالب", "المعترف", "حذرا", "قدرا", "مقر"})
    void knowsNoNounAsACueForm(String word) {
        assertThat(LEX.cues.lookup(word)).isEmpty();
    }

    @Test
    void separatesRolesOrganisationsAndNames() {
        assertThat(LEX.titles).contains("وزير", "متحدث", "سفير").doesNotContain("قال", "اكد");
        assertThat(LEX.organizationHeads).contains("وزاره", "وكاله").doesNotContain("وزير");
        assertThat(LEX.anonymousHeads).contains("مصادر", "مصدر");
        assertThat(LEX.isNationality("روسي")).isTrue();
        assertThat(LEX.isNationality("روسيه")).isTrue();
        assertThat(LEX.commonWords).contains("خارجيه", "اداره").doesNotContain("لافروف", "مروان");
        assertThat(LEX.firstNames).contains("عادل", "نضال").doesNotContain("علي", "باسم");
        assertThat(LEX.verbs).contains("يكون", "تزال").doesNotContain("وزير", "لافروف");
        assertThat(LEX.places).contains("روسيا", "قاهره").doesNotContain("وزاره");
        assertThat(LEX.groupHeads).contains("طرفا", "متظاهرون");
        assertThat(LEX.documentHeads).contains("بيان", "تقارير").doesNotContain("قرار");
        assertThat(LEX.boundaries.get("ان")).isEqualTo(Lexicons.Boundary.COMPLEMENTISER);
        assertThat(LEX.boundaries.get("الذي")).isEqualTo(Lexicons.Boundary.RELATIVE);
        assertThat(LEX.boundaries.get("الاثنين")).isEqualTo(Lexicons.Boundary.TIME);
    }

    @Test
    void takesTheWorldsStatesAndTheirAdjectivesFromCoresPlaceList() {
        // قبرص and القبرصي are only in core's link/places.tsv
        assertThat(LEX.isPlace("قبرص")).isTrue();
        assertThat(LEX.isPlace("المانيا")).isTrue();
        assertThat(LEX.isNationality("قبرصي")).isTrue();
        assertThat(LEX.isNationality("قبرصيه")).isTrue();
        assertThat(LEX.isPlace("قبرصي")).isFalse();
        assertThat(LEX.isNationality("قبرص")).isFalse();
    }

    @Test
    void readsTheFuturePrefixOnAKnownPresentVerb() {
        assertThat(LEX.verbs).contains("يكون");
        assertThat(LEX.isVerb(Tokenizer.standard().tokenize("سيكون").get(0))).isTrue();
        assertThat(LEX.isVerb(Tokenizer.standard().tokenize("سيرغي").get(0))).isFalse();
    }
}

package org.mizan.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AffixTest {

    /** Classes that hold written forms, which folding changes (ة→ه, أ→ا). */
    private static final Set<Affix> WRITTEN = Set.of(Affix.TA_MARBUTA, Affix.HAMZA_ALEF, Affix.HAMZA_BELOW_ALEF);

    @Test
    void everyClassHasFormsAndFoldedClassesAreFolded() {
        for (Affix a : Affix.values()) {
            assertThat(a.list()).as(a.name()).isNotEmpty();
            for (String form : a.list()) {
                if (WRITTEN.contains(a)) {
                    assertThat(ArabicFolding.fold(form)).as(a + " " + form).isNotEqualTo(form);
                } else {
                    assertThat(ArabicFolding.fold(form)).as(a + " " + form).isEqualTo(form);
                }
            }
        }
    }

    @Test
    void affixesMatchWordsWeWrite() {
        assertThat(Affix.DEFINITE_ARTICLE.prefixes("الكتاب")).isTrue();
        assertThat(Affix.DEFINITE_ARTICLE.prefixes("كتاب")).isFalse();
        assertThat(Affix.TA_MARBUTA.suffixes("مدرسة")).isTrue();
        assertThat(Affix.HAMZA_ALEF.isLetter('أ')).isTrue();
        assertThat(Affix.HAMZA_ALEF.isLetter('ا')).isFalse();
        assertThat(Affix.WA.word() + Affix.DEFINITE_ARTICLE.word()).isEqualTo(Affix.WA_ARTICLE.word());
    }

    @Test
    void aClassOfSeveralFormsHasNoSingleForm() {
        assertThatThrownBy(Affix.HAMZA_ALEF::word).isInstanceOf(IllegalStateException.class);
    }
}

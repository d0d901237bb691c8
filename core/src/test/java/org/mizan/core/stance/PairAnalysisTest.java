package org.mizan.core.stance;


import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PairAnalysisTest {

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "يرتفع | ارتفاع",
            "يتعهد | تعهد",
            "يتظاهرون | مظاهرات",
            "لتنظيم | تنظيم",
            "الأميركي | الأمريكي",
            "المخابرات | الاستخبارات",
            "موسكو | روسيا",
            "مصرع | مقتل",
            "ثلاث | 3",
            "خمسة | ٥",
    })
    void alignsWordsThatMeanTheSame(String a, String b) {
        PairAnalysis p = new PairAnalysis(a, b);
        assertThat(p.coverageA()).isEqualTo(1.0);
        assertThat(p.coverageB()).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
            "عربي | أجنبي",
            "ثلاثة | 7",
            "الصين | اليابان",
            "النساء | الأطفال",
    })
    void keepsDifferentWordsApart(String a, String b) {
        PairAnalysis p = new PairAnalysis(a, b);
        assertThat(p.coverageA()).isZero();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "الإسترليني يهبط والدولار يصعد | صعود كبير للإسترليني وهبوط حاد للدولار",
            "تراجع أسعار النفط مع وفرة الإنتاج | ارتفاع أسعار النفط مع تراجع الإنتاج",
    })
    void findsOppositePredicatesOnTheSameArgument(String a, String b) {
        assertThat(new PairAnalysis(a, b).argumentOpposites).isNotEmpty();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "الذهب يرتفع مع تراجع الدولار | تراجع الدولار وصعود الذهب",
    })
    void doesNotAttachAPredicateAcrossAConjunction(String a, String b) {
        assertThat(new PairAnalysis(a, b).argumentOpposites).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theSameFiguresInAnotherOrderAreNoOtherNumberButANewFigureIs() {
        PairAnalysis swapped = new PairAnalysis("يتراوح عدد الزوار بين 40 و45 ألفا كل يوم",
                "يتراوح عدد الزوار بين 45 و40 ألفا كل يوم");
        assertThat(swapped.numbersOnlyA).isEmpty();
        assertThat(swapped.numbersOnlyB).isEmpty();
        PairAnalysis other = new PairAnalysis("يتراوح عدد الزوار بين 40 و45 ألفا كل يوم",
                "يتراوح عدد الزوار بين 55 و45 ألفا كل يوم");
        assertThat(other.numbersOnlyA).isNotEmpty();
        assertThat(other.numbersOnlyB).isNotEmpty();
    }
}

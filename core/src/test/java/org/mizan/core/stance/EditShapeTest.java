package org.mizan.core.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditShapeTest {

    @ParameterizedTest(name = "{0} / {1} -> {2} stretches")
    @CsvSource(delimiter = '|', value = {
            "الوزير يزور القاهرة غدا | الوزير يزور القاهرة غدا | 0",
            "الوزير يزور القاهرة غدا | الوزير يزور عمان غدا | 1",
            "الوزير يزور القاهرة غدا | الوزير لا يزور القاهرة غدا | 1",
            "الوزير يزور القاهرة غدا | الوزير يغادر القاهرة اليوم | 2",
    })
    void countsTheStretchesThatBChanges(String a, String b, int stretches) {
        assertThat(EditShape.of(new PairAnalysis(a, b)).stretches()).isEqualTo(stretches);
    }

    @Test
    void pointsAtTheOneChangedStretchOnEachSide() {
        String a = "نجوم السينما ينتقدون الجائزة الجديدة";
        String b = "نجوم السينما يمدحون الجائزة الجديدة";
        EditShape shape = EditShape.of(new PairAnalysis(a, b));
        assertThat(shape.changedA().text()).isEqualTo("ينتقدون");
        assertThat(shape.changedB().text()).isEqualTo("يمدحون");
        assertThat(b.substring(shape.changedB().start(), shape.changedB().end())).isEqualTo("يمدحون");
        assertThat(shape.copiedShare()).isEqualTo(4 / 5.0);
    }

    @Test
    void leavesNoStretchOnTheSideThatOnlyGainsWords() {
        EditShape shape = EditShape.of(new PairAnalysis("الشرطة تعتقل المتهم", "الشرطة تعتقل المتهم الثاني"));
        assertThat(shape.changedA()).isNull();
        assertThat(shape.changedB().text()).isEqualTo("الثاني");
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "كندا تنتقد أميركا بسبب الرسوم | كندا تنتقد أميركا بسبب الرسوم | 0.0",
            "كندا تنتقد أميركا | أميركا تنتقد كندا | 1.0",
            "كندا تنتقد أميركا | أميركا تنتقدها كندا | 1.0",
    })
    void measuresHowFarBReordersTheSharedWords(String a, String b, double inversions) {
        EditShape shape = EditShape.of(new PairAnalysis(a, b));
        assertThat(shape.alignedPairs()).isGreaterThan(0);
        assertThat(shape.inversions()).isGreaterThanOrEqualTo(inversions == 0 ? 0 : 0.6).isLessThanOrEqualTo(inversions);
    }
}

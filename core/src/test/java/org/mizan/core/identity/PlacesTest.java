package org.mizan.core.identity;

import org.mizan.core.link.Comparison;
import org.mizan.core.link.Relation;
import org.mizan.core.stance.PairAnalysis;
import org.mizan.core.stance.TextStance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.semantics.ArabicTokenizer;

class PlacesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "وصل الوفد إلى واشنطن مساء أمس | us",
            "عقوبات جديدة من الولايات المتحدة | us",
            "رسوم على السلع الأميركية | us",
            "احتجاز صحفيين مصريين في المطار | egypt",
            "الحكومة المصرية تعلن خطة جديدة | egypt",
            "وفد من جنوب أفريقيا يزور المنطقة | south_africa",
            "زيارة رسمية إلى سلطنة عمان | oman",
            "مباحثات في عمان حول المعبر | jordan",
            "صاروخ أطلقته كوريا الشمالية | north_korea",
            "تراجع الصادرات للصين | china",
    })
    void namesThePlaceByNameCapitalOrNisba(String text, String key) {
        assertThat(Places.in(ArabicTokenizer.tokenize(text))).extracting(Places.Mention::key).containsExactly(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "المجلس يقر الموازنة الجديدة",
            "كوريا تستعد للمباراة",
            "الشركة تحقق أرباحا قياسية",
    })
    void findsNoPlaceInTextsWithoutOne(String text) {
        assertThat(Places.in(ArabicTokenizer.tokenize(text))).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1} -> swap {2}, reordered {3}")
    @CsvSource(delimiter = '|', value = {
            "إيران تعتقل ناشطتين | السعودية تعتقل ناشطتين | true | false",
            "واشنطن تفرض رسوما على بكين | الولايات المتحدة تفرض رسوما على الصين | false | false",
            "كندا تشكو أميركا إلى المنظمة | أميركا تشكو كندا إلى المنظمة | false | true",
            "مصر توقع اتفاقا جديدا | اتفاق مصري جديد مع البنك | false | false",
    })
    void comparesThePlacesOfTwoClaims(String a, String b, boolean swapped, boolean reordered) {
        PairAnalysis p = new PairAnalysis(a, b);
        assertThat(p.placeSwap() != null).isEqualTo(swapped);
        assertThat(p.placesReordered()).isEqualTo(reordered);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "الناشطتان تعتقلان من قبل الشرطة الإيرانية | الناشطتان تعتقلان من قبل الشرطة السعودية | الإيرانية | السعودية",
    })
    void explainsAConflictOfPlacesWithBothPlaces(String a, String b, String placeA, String placeB) {
        Comparison c = TextStance.standard().compare(a, b);
        assertThat(c.relation()).isEqualTo(Relation.CONFLICT);
        assertThat(c.evidence()).extracting(e -> e.span().text()).containsAll(List.of(placeA, placeB));
    }
}

package org.mizan.core.stance;

import org.mizan.core.link.Comparison;
import org.mizan.core.link.Evidence;
import org.mizan.core.link.Relation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextStanceTest {

    private final TextStance comparator = TextStance.standard();

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "وقعت الحكومة على الاتفاق في موسكو | الحكومة لم توقع على الاتفاق في موسكو | CONFLICT | negates",
            "المؤشر يقفز في بداية التعاملات | المؤشر يهبط في بداية التعاملات | CONFLICT | rise",
            "استمرار المعارك في ريف المدينة | توقف المعارك في ريف المدينة | CONFLICT | continu",
            "مقتل 4 جنود في هجوم على الحدود | مقتل 7 جنود في هجوم على الحدود | CONFLICT | 4 vs 7",
            "المهرجان يفتتح دورته بفيلم أجنبي | المهرجان يفتتح دورته بفيلم عربي | CONFLICT | same slot",
            "مصرع 4 مقاتلين روس في سوريا | سقوط 4 من القوات الروسية في سوريا | AGREE | same",
            "البنك المركزي يرفع أسعار الفائدة | منتخب البرازيل يفوز بكأس العالم | UNRELATED | different things",
    })
    void decidesRelationWithExplanation(String a, String b, Relation expected, String explanationPart) {
        Comparison c = comparator.compare(a, b);
        assertThat(c.relation()).isEqualTo(expected);
        assertThat(c.explanation()).contains(explanationPart);
        assertThat(c.explanationEnglish()).startsWith(switch (expected) {
            case CONFLICT -> "Conflict — ";
            case AGREE -> "Agreement — ";
            case CONTRAST -> "Contrast — ";
            default -> "Unrelated — ";
        });
        assertThat(c.confidence()).isBetween(0.0, 1.0);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
            "غادر الوفد روسيا بعد توقيع الاتفاق | غادر الوفد روسيا دون توقيع الاتفاق",
            "مقتل 4 جنود في هجوم على الحدود | مقتل ٧ جنود في هجوم على الحدود",
            "ارتفاع أسعار النفط في الأسواق | انخفاض أسعار النفط في الأسواق",
    })
    void pointsEvidenceAtTheDecidingWords(String a, String b) {
        Comparison c = comparator.compare(a, b);
        assertThat(c.relation()).isEqualTo(Relation.CONFLICT);
        assertThat(c.evidence()).isNotEmpty();
        assertThat(c.evidence()).extracting(Evidence::side).contains(Evidence.Side.A, Evidence.Side.B);
        for (Evidence e : c.evidence()) {
            String side = e.side() == Evidence.Side.A ? a : b;
            assertThat(side.substring(e.span().start(), e.span().end())).isEqualTo(e.span().text());
        }
    }
}

package org.mizan.core.stance;

import org.mizan.core.link.Relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceModelTest {

    private static List<StanceModel.Example> examples() {
        return StanceTrainer.examples(List.of(
                new StanceCsv.Row("الحكومة توقع الاتفاق اليوم", "توقيع الحكومة على الاتفاق اليوم", "agree"),
                new StanceCsv.Row("الحكومة توقع الاتفاق اليوم", "الحكومة لا توقع الاتفاق اليوم", "disagree"),
                new StanceCsv.Row("أسعار النفط ترتفع", "ارتفاع أسعار النفط", "agree"),
                new StanceCsv.Row("أسعار النفط ترتفع", "أسعار النفط تنخفض", "disagree"),
                new StanceCsv.Row("أسعار النفط ترتفع", "منتخب البرازيل يفوز بالكأس", "other")));
    }

    @Test
    void trainsTheSameWeightsFromTheSameData() throws IOException {
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();
        StanceTrainer.train(examples()).write(first);
        StanceTrainer.train(examples()).write(second);
        assertThat(first.toString()).isEqualTo(second.toString()).contains("antonym\t");
    }

    @Test
    void learnsThatNegationOnOneSidePushesTowardsConflict() {
        StanceModel model = StanceTrainer.train(examples());
        assertThat(model.contribution("negation_one_side", 1.0, Relation.CONFLICT))
                .isGreaterThan(model.contribution("negation_one_side", 1.0, Relation.AGREE));
    }

    @Test
    void shipsTheModelTheBuildTrained() {
        double[] p = StanceModel.standard().probabilities(StanceFeatures.of("أسعار النفط ترتفع", "أسعار النفط تنخفض"));
        assertThat(p[StanceModel.indexOf(Relation.CONFLICT)]).isGreaterThan(0.5);
    }

    @Test
    void keepsPairsThatShareASentenceInOneCrossValidationFold() {
        List<StanceCsv.Row> rows = List.of(
                new StanceCsv.Row("الحكومة توقع الاتفاق اليوم", "توقيع الحكومة على الاتفاق اليوم", "agree"),
                new StanceCsv.Row("توقيع الحكومة على الاتفاق اليوم", "الحكومة ترفض الاتفاق", "disagree"),
                new StanceCsv.Row("أسعار النفط ترتفع", "أسعار النفط تنخفض", "disagree"),
                new StanceCsv.Row("منتخب البرازيل يفوز بالكأس", "البرازيل تفوز بكأس البطولة", "agree"),
                new StanceCsv.Row("الحكومة ترفض الاتفاق", "رفض حكومي للاتفاق", "agree"));
        for (long seed = 0; seed < 5; seed++) {
            int[] fold = StanceTrainer.folds(rows, 2, seed);
            // rows 0, 1 and 4 are chained by shared sentences; rows 2 and 3 stand alone
            assertThat(fold[1]).isEqualTo(fold[0]);
            assertThat(fold[4]).isEqualTo(fold[0]);
            assertThat(fold).containsAnyOf(0, 1).doesNotContain(-1, 2);
        }
    }
}

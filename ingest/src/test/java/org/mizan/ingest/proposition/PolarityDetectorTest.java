package org.mizan.ingest.proposition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.Polarity;
import org.mizan.core.Span;

class PolarityDetectorTest {

    private final PolarityDetector detector = new PolarityDetector();

    /** The sentence is "cue content"; the content starts after the first space. */
    private Polarity polarityOf(String cue, String content) {
        String text = cue + " " + content;
        return detector.polarity(text, Span.of(text, 0, cue.length()), Span.of(text, cue.length() + 1, text.length()));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "وقال | الجيش لن ينسحب من المدينة | NEGATED",
            "وأكدت | الوزارة لم تتلق أي طلب رسمي | NEGATED",
            "وأضاف | القائد غادر العاصمة دون توقيع الاتفاق | NEGATED",
            "وأوضح | الحكومة ليست طرفا في النزاع | NEGATED",
            "مشددا | لا حوار مع الجماعات المسلحة | NEGATED",
            "ونفى | ما تردد عن استقالة الوزير | NEGATED",
            "نافيا | وجود أي خلاف مع الحكومة | NEGATED",
            "واستبعد | انهيار الهدنة في الأيام المقبلة | NEGATED",
            "وقال | الحكومة وقعت على الاتفاق | AFFIRMED",
            "وقال | المفاوضات لا تزال مستمرة بين الطرفين | AFFIRMED",
            "وقال | لا بد من تنفيذ الاتفاق | AFFIRMED",
            "وقال | الاقتصاد سجل نموا غير مسبوق هذا العام | AFFIRMED",
            "وقال | نعمل مع الحكومة ولا نتدخل في شؤونها | AFFIRMED",
            "وأكد | الحكومة وقعت الاتفاق، لكن المعارضة لم توقعه | AFFIRMED",
            "وقال | الوفد سيعود إذا لم يتم الاتفاق | AFFIRMED",
            "وقال | الحكومة ترفض تنفيذ القرار | AFFIRMED",
            "وقال | الشرطة تكافح الهجرة غير الشرعية | AFFIRMED",
            // a subject's relative clause closes at the comma: the predicate after it is the main clause's
            "وقال | الخطة التي أعلنتها الحكومة في العاصمة، لن تنجح في حل الأزمة | NEGATED",
            "وأكد | المساعدات التي وصلت إلى الميناء الشمالي؛ لم توزع حتى الآن | NEGATED",
            // a negator inside the relative clause, or in a second conjunct after the comma, is not the predicate's
            "وقال | الخطة التي لم تعلنها الحكومة، ستنجح في حل الأزمة | AFFIRMED",
            "وقال | الدول التي وقعت الاتفاق، والتي لم تنفذه بعد، ستجتمع غدا | AFFIRMED",
    })
    void decidesPolarityFromMainClauseAndCue(String cue, String content, Polarity expected) {
        assertThat(polarityOf(cue, content)).isEqualTo(expected);
    }
}

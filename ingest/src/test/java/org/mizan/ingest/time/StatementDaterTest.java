package org.mizan.ingest.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.DateSource;
import org.mizan.core.Span;
import org.mizan.core.TimeExpression;

class StatementDaterTest {

    /** Tuesday 14 January 2020. */
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 1, 14);
    private final TimexTagger tagger = TimexTagger.standard();
    private final StatementDater dater = new StatementDater();

    /**
     * Dates the statement of {@code cue} in {@code sentence}; the content is what follows {@code opening}
     * (the complementiser or colon), up to the end of the sentence.
     */
    private StatementDate date(String sentence, String cue, String opening, LocalDate published) {
        int cueStart = sentence.indexOf(cue);
        Span cueSpan = Span.of(sentence, cueStart, cueStart + cue.length());
        int contentStart = sentence.indexOf(opening, cueSpan.end()) + opening.length();
        while (sentence.charAt(contentStart) == ' ') {
            contentStart++;
        }
        Span content = Span.of(sentence, contentStart, sentence.length());
        List<TimeExpression> timex = tagger.tag(sentence, Span.of(sentence, 0, sentence.length()), published);
        return dater.date(sentence, Span.of(sentence, 0, sentence.length()), cueSpan, content, timex, published);
    }

    /** Dates the first word of {@code sentence} as the cue, with no content or an empty one right after it. */
    private StatementDate dateOfFirstWord(String sentence, boolean emptyContent) {
        int end = sentence.indexOf(' ');
        Span content = emptyContent ? Span.of(sentence, end, end) : null;
        List<TimeExpression> timex = tagger.tag(sentence, Span.of(sentence, 0, sentence.length()), PUBLISHED);
        return dater.date(sentence, Span.of(sentence, 0, sentence.length()), Span.of(sentence, 0, end), content, timex,
                PUBLISHED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وقال وزير الخارجية الروسي الاثنين إن الحكومة وقعت على الاتفاق                 | وقال  | إن  | الاثنين             | 2020-01-13
            كشف وزير الدفاع مساء اليوم الثلاثاء، التفاصيل الكاملة لزيارته إلى موسكو        | كشف   | ،   | مساء اليوم الثلاثاء | 2020-01-14
            وصباح الثلاثاء، أكدت وزارة الخارجية أن الوفد غادر دون توقيع                   | أكدت  | أن  | صباح الثلاثاء       | 2020-01-14
            ويوم السبت الماضي قال المرشد لأنصاره إن السياسة لن تتغير                      | قال   | إن  | يوم السبت الماضي    | 2020-01-11
            وأوضح الناطق في حديث صحفي أمس أن البلدية تدرس العرض                         | وأوضح | أن  | أمس                 | 2020-01-13
            وقال الناطق، في لقاء إعلامي نظمه في الإسكندرية أمس، إن البلدية تدرس العرض     | وقال  | إن  | أمس                 | 2020-01-13
            وكان الناطق قد صرح أول أمس: إن النقابة تراهن على أعضائها                      | صرح   | :   | أول أمس             | 2020-01-12
            من جانبه، ذكر وزير الخارجية في الحكومة المؤقتة، عبد الهادي الحويج، الاثنين، أن القوات لن تنسحب | ذكر | أن | الاثنين | 2020-01-13
            وتحدث المبعوث عن آثار الأزمة في حواره أمس مع القناة                          | وتحدث | عن  | أمس                 | 2020-01-13
            وفي تصريحات صحفية أمس، قال الوزير إن الاتفاق صامد                           | قال   | إن  | أمس                 | 2020-01-13
            ورفض النائب يوم الخميس المقترح الذي عرضه المحافظ قائلا إن الفكرة متسرعة        | قائلا | إن  | يوم الخميس          | 2020-01-09
            وهاجم وزير النقل، السبت الماضي، ما أطلق عليه "فوضى تعم الطرقات"                 | أطلق  | "   | السبت الماضي        | 2020-01-11
            واجتمعت اللجنة الأحد وأعربت عن ارتياحها للنتائج                              | وأعربت | عن | الأحد               | 2020-01-12
            """)
    void datesTheActOfSaying(String sentence, String cue, String opening, String expression, String date) {
        StatementDate d = date(sentence, cue, opening, PUBLISHED);
        assertThat(d.source()).isEqualTo(DateSource.EXPLICIT);
        assertThat(d.expression()).isEqualTo(expression);
        assertThat(d.date()).isEqualTo(LocalDate.parse(date));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وقالت الإذاعة إن الوزير سيبحث مع نظيره الأحد سبل استئناف المفاوضات           | وقالت | إن
            وأعلن الوزير أنه سيتوجه إلى الصين خلال شهر سبتمبر المقبل                    | وأعلن | أنه
            وأكد الرئيس أن المؤتمر سيعقد في 29/11/2020 في رام الله                       | وأكد  | أن
            ويبدأ المؤتمر أعماله الخميس الماضي، فيما أفصح دبلوماسي عن أن الاجتماع مهم    | أفصح  | أن
            وأشار الوزير إلى أن اللقاء الذي جرى أمس كان مثمرا                             | وأشار | أن
            وقال الوزير إن الاتفاق صامد، مشيرا إلى أن الهدنة بدأت الأحد                   | مشيرا | أن
            وقال الناطق: «إن الحكومة اجتمعت أمس الاثنين وقررت الرد»، محذرا من التصعيد     | محذرا | من
            وفي مدينة حلب أمس، قال ناشطون إن القصف تواصل                                 | قال   | إن
            وقال خطيب صلاة الجمعة في المدينة إن الاحتجاجات ستتواصل                      | وقال  | إن
            وقالت طهران بعد المفاوضات التي انتهت يوم الاثنين إن المحادثات إيجابية          | وقالت | إن
            ووصف الوزير ثورة 25 يناير بأنها نقطة تحول، مؤكدا أن الإصلاح مستمر             | مؤكدا | أن
            وقال الوزير إن الجسر افتتح الأحد، وأضاف أن الطريق سالك                       | وأضاف | أن
                        """)
    void ignoresDatesOfTheReportedEvents(String sentence, String cue, String opening) {
        StatementDate d = date(sentence, cue, opening, PUBLISHED);
        assertThat(d.source()).isEqualTo(DateSource.PUBLISHED);
        assertThat(d.expression()).isNull();
        assertThat(d.date()).isEqualTo(PUBLISHED);
    }

    @Test
    void treatsALongQuotationAsContentEvenWithoutComplementiser() {
        String sentence = "وقال المنسق للصحفيين \"سنقيم اليوم خيمة اعتصام أمام مقر الحكومة\"";
        assertThat(dateOfFirstWord(sentence, false).source()).isEqualTo(DateSource.PUBLISHED);
    }

    @Test
    void anEmptyContentBoundsNothing() {
        // the sentence ended at the complementiser: the content found is empty, the date before it still counts
        StatementDate d = dateOfFirstWord("وأكد مسؤولون للقناة الثلاثاء، أن", true);
        assertThat(d.source()).isEqualTo(DateSource.EXPLICIT);
        assertThat(d.date()).isEqualTo(PUBLISHED);
    }

    @Test
    void readsPastAQuotedNameBetweenCueAndContent() {
        StatementDate d = date("ويكشف المؤلف في مقال له بمجلة \"الأفق\" يوم الأربعاء الماضي عن تفاصيل الصفقة",
                "ويكشف", "عن", PUBLISHED);
        assertThat(d.source()).isEqualTo(DateSource.EXPLICIT);
        assertThat(d.date()).isEqualTo(LocalDate.of(2020, 1, 8));
    }

    @Test
    void neverDatesAStatementAfterPublication() {
        StatementDate d = date("وقال الوزير غدا إن الاتفاق سيوقع", "وقال", "إن", PUBLISHED);
        assertThat(d.source()).isEqualTo(DateSource.PUBLISHED);
    }

    @Test
    void isUnknownWithoutDateOrPublication() {
        StatementDate d = date("وقال الوزير إن الاتفاق صامد", "وقال", "إن", null);
        assertThat(d).isEqualTo(StatementDate.unknown());
    }

    @Test
    void leavesRelativeDatesUnresolvedWithoutPublication() {
        StatementDate d = date("وقال الوزير أمس إن الاتفاق صامد", "وقال", "إن", null);
        assertThat(d.source()).isEqualTo(DateSource.UNKNOWN);
        assertThat(d.expression()).isNull();
    }

    @Test
    void acceptsAnAbsoluteDateWithoutPublication() {
        StatementDate d = date("وقال الوزير في 12 يناير 2020 إن الاتفاق صامد", "وقال", "إن", null);
        assertThat(d.source()).isEqualTo(DateSource.EXPLICIT);
        assertThat(d.date()).isEqualTo(LocalDate.of(2020, 1, 12));
    }

    @ParameterizedTest
    @CsvSource({"مشيرا,true", "مؤكدة,true", "قائلا,true", "لافتا,true", "ومضيفا,true", "قال,false",
            "وقالوا,false", "أكدت,false", "وأضاف,false"})
    void recognisesParticipleCues(String cue, boolean participle) {
        assertThat(StatementDater.isParticiple(cue)).isEqualTo(participle);
    }
}

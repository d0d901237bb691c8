package org.mizan.ingest.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.Span;
import org.mizan.core.TimeExpression;

class TimexTaggerTest {

    /** Tuesday 14 January 2020. */
    private static final LocalDate ANCHOR = LocalDate.of(2020, 1, 14);
    private final TimexTagger tagger = TimexTagger.standard();

    private List<TimeExpression> tag(String text, LocalDate anchor) {
        return tagger.tag(text, Span.of(text, 0, text.length()), anchor);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وقال الوزير الاثنين إن الاتفاق صامد                 | الاثنين              | 2020-01-13
            وقال الوزير يوم الثلاثاء إن الاتفاق صامد            | يوم الثلاثاء          | 2020-01-14
            وقال الوزير والأحد كان يوما هادئا                   | الأحد                 | 2020-01-12
            وقال الوزير اليوم إن الاتفاق صامد                   | اليوم                 | 2020-01-14
            وقال الوزير أمس إن الاتفاق صامد                     | أمس                   | 2020-01-13
            وكان الوزير قد ذكر أول أمس أن الهدنة قائمة          | أول أمس               | 2020-01-12
            وكان الوزير قد ذكر أول من أمس أن الهدنة قائمة       | أول من أمس            | 2020-01-12
            وكان الوزير قد صرح البارحة بأن الاتفاق صامد         | البارحة               | 2020-01-13
            ويصل الوفد غدا إلى العاصمة                          | غدا                   | 2020-01-15
            وتعقد الجلسة الليلة في المقر                        | الليلة                | 2020-01-14
            وصرح الوزير مساء أمس بأن الاتفاق صامد               | مساء أمس              | 2020-01-13
            وأكد الوزير صباح اليوم أن الاتفاق صامد              | صباح اليوم            | 2020-01-14
            كشف الوزير مساء اليوم الثلاثاء، التفاصيل الكاملة     | مساء اليوم الثلاثاء   | 2020-01-14
            وصباح الثلاثاء، أكدت الوزارة أن الوفد غادر          | صباح الثلاثاء         | 2020-01-14
            وقال الوزير أمس (الاثنين) إن الاتفاق صامد           | أمس (الاثنين)         | 2020-01-13
            وقال الوزير اليوم /الثلاثاء/ إن الاتفاق صامد        | اليوم /الثلاثاء/      | 2020-01-14
            واجتمع المجلس الأحد الماضي لبحث الأزمة              | الأحد الماضي          | 2020-01-12
            واجتمع المجلس الثلاثاء الماضي لبحث الأزمة           | الثلاثاء الماضي       | 2020-01-07
            ويجتمع المجلس السبت المقبل لبحث الأزمة              | السبت المقبل          | 2020-01-18
            ويجتمع المجلس يوم الثلاثاء المقبل لبحث الأزمة       | يوم الثلاثاء المقبل   | 2020-01-21
            ومن المقرر أن يجتمع المجلس يوم الخميس لبحث الأزمة  | يوم الخميس            | 2020-01-16
            وستعقد الجولة الجديدة يوم الأربعاء في جنيف          | يوم الأربعاء          | 2020-01-15
            واجتمع المجلس يوم الخميس لبحث الأزمة                | يوم الخميس            | 2020-01-09
            وزار الوفد العاصمة الأسبوع الماضي                   | الأسبوع الماضي        | 2020-W02
            ويزور الوفد العاصمة الأسبوع المقبل                  | الأسبوع المقبل        | 2020-W04
            وتتواصل المحادثات هذا الأسبوع                       | هذا الأسبوع           | 2020-W03
            وارتفعت الأسعار الشهر الماضي                        | الشهر الماضي          | 2019-12
            وتنتهي المهلة الشهر الجاري                          | الشهر الجاري          | 2020-01
            وتراجع النمو العام الماضي                           | العام الماضي          | 2019
            ويتوقع أن يرتفع النمو العام الجاري                  | العام الجاري          | 2020
            وكان الاتفاق قد وقع عام 1994 في جنيف                | عام 1994              | 1994
            وعاد إلى البلاد سنة 2013 بعد غياب                    | سنة 2013              | 2013
            وقعت الحرب في 1967 بين الجانبين                     | 1967                  | 1967
            وصدر القانون عام 1994م بعد نقاش طويل                | عام 1994م             | 1994
            ويبدأ التطبيق نهاية 2021 وفق الخطة                  | نهاية 2021            | 2021
            وقعت الهدنة في 12 يناير وصمدت                        | 12 يناير              | 2020-01-12
            وقعت الهدنة في 12 كانون الثاني وصمدت                 | 12 كانون الثاني       | 2020-01-12
            وعقد المؤتمر في 3 مارس/آذار 2015 بمشاركة واسعة       | 3 مارس/آذار 2015      | 2015-03-03
            وعقد المؤتمر في 3 آذار (مارس) 2015 بمشاركة واسعة     | 3 آذار (مارس) 2015    | 2015-03-03
            وعقد المؤتمر في ١٢ يناير ٢٠٢٠ بمشاركة واسعة          | ١٢ يناير ٢٠٢٠         | 2020-01-12
            وعقد المؤتمر في ٣ آب ٢٠١٥ بمشاركة واسعة              | ٣ آب ٢٠١٥             | 2015-08-03
            ووقعت الاشتباكات في 28 ديسمبر قرب الحدود             | 28 ديسمبر             | 2019-12-28
            ووقعت الاشتباكات في يناير الماضي قرب الحدود          | يناير الماضي          | 2019-01
            وتراجعت الصادرات في فبراير 2013 بشكل حاد             | فبراير 2013           | 2013-02
            وتراجعت الصادرات في أغسطس بشكل حاد                   | أغسطس                 | 2019-08
            وتراجعت الصادرات في اغسطس 2018 بشكل حاد              | اغسطس 2018            | 2018-08
            وتراجعت الصادرات في أيلول الماضي بشكل حاد            | أيلول الماضي          | 2019-09
            وتنظم البطولة في تموز (يوليو) من العام المقبل       | تموز (يوليو) من العام المقبل | 2021-07
            وتنظم البطولة في الثامن والعشرين من مارس المقبل     | الثامن والعشرين من مارس المقبل | 2020-03-28
            وتوفي الشاعر في الخامس عشر من شهر فبراير الماضي     | الخامس عشر من شهر فبراير الماضي | 2019-02-15
            وعقد الاجتماع يوم 15 يناير الجاري                    | يوم 15 يناير الجاري   | 2020-01-15
            وعقد الاجتماع في 25 ـ 28 ديسمبر الماضي               | 25 ـ 28 ديسمبر الماضي | 2019-12
            وعقدت القمة في 12/1/2020 في موسكو                    | 12/1/2020             | 2020-01-12
            وعقدت القمة في 2020-01-12 في موسكو                   | 2020-01-12            | 2020-01-12
            وعقدت القمة في 12-1-2020 في موسكو                    | 12-1-2020             | 2020-01-12
            وعقدت القمة في ١٢/١/٢٠٢٠ في موسكو                    | ١٢/١/٢٠٢٠             | 2020-01-12
            وصدر المرسوم في 1 رمضان 1441 هـ                      | 1 رمضان 1441 هـ       | 2020-04-24
            وصدر المرسوم في 10 ذو الحجة 1440هـ                   | 10 ذو الحجة 1440هـ    | 2019-08-11
            وصدر المرسوم في ربيع الأول 1441 هـ                   | ربيع الأول 1441 هـ    | 2019-11
            وصدر المرسوم بتاريخ 17/3/1441هـ                      | 17/3/1441هـ           | 2019-11-14
            وأقيمت الصلاة في شهر رمضان الماضي                    | شهر رمضان الماضي      | 2019-05
            وزار الوفد القاهرة السبت 11 يناير بدعوة رسمية         | السبت 11 يناير        | 2020-01-11
            وافتتح المعرض في التاسع والعشرين من الشهر الماضي     | التاسع والعشرين من الشهر الماضي | 2019-12-29
            وينعقد المؤتمر في العشرين من هذا الشهر                | العشرين من هذا الشهر  | 2020-01-20
            فبالأمس الأول وقع النادي مع لاعب جديد                  | الأمس الأول           | 2020-01-12
            لوقف إطلاق النار اعتبارا من منتصف ليل 12 يناير         | منتصف ليل 12 يناير    | 2020-01-12
            وعقد الاجتماع الاثنين 13/1/2020 في موسكو               | الاثنين 13/1/2020     | 2020-01-13
            وعقد الاجتماع يوم الاثنين الموافق 13 يناير في موسكو    | يوم الاثنين الموافق 13 يناير | 2020-01-13
            واجتمع المجلس الأسبوع قبل الماضي                       | الأسبوع قبل الماضي    | 2020-W01
            وعاد الوفد الأحد قبل الماضي إلى بلاده                  | الأحد قبل الماضي      | 2020-01-05
            وتراجع النمو العام قبل الماضي                          | العام قبل الماضي      | 2018
            """)
    void tagsAndNormalises(String sentence, String expression, String value) {
        List<TimeExpression> found = tag(sentence, ANCHOR);
        assertThat(found).extracting(t -> t.span().text()).containsExactly(expression);
        assertThat(found.get(0).value()).isEqualTo(value);
        Span s = found.get(0).span();
        assertThat(sentence.substring(s.start(), s.end())).isEqualTo(s.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وقال مراسل عين اليوم إن الوضع هادئ
            وبث التقرير على قناة روسيا اليوم مساء
            وفي اليوم التالي عاد الوفد إلى بلاده
            وخصص اليوم الأول للجلسات المغلقة
            وقد مارس الضغط على الحكومة طويلا
            وجاء الرد من باب المجاملة فقط
            وفاز أحد عشر مرشحا بالمقاعد
            وأبلغ رجب طيب أردوغان نظيره بالقرار
            وتبلغ الكلفة 2000 شخص في المخيم
            وتبنى مجلس الأمن القرار 2094 بالإجماع
            وارتفع المؤشر بنسبة 2015% في عام واحد
            وبلغ الدين 1.2015 مليار دولار
            وكان صفر من المقاعد للمعارضة
            وعاد إلى العمل في الساعة 10 صباحا
            """)
    void leavesNonDatesAlone(String sentence) {
        assertThat(tag(sentence, ANCHOR)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وقال الوزير الاثنين إن الاتفاق صامد          | الاثنين
            وقال الوزير أمس إن الاتفاق صامد              | أمس
            وارتفعت الأسعار الشهر الماضي                 | الشهر الماضي
            ووقعت الاشتباكات في 28 ديسمبر قرب الحدود     | 28 ديسمبر
            """)
    void leavesRelativeExpressionsUnresolvedWithoutAnchor(String sentence, String expression) {
        List<TimeExpression> found = tag(sentence, null);
        assertThat(found).extracting(t -> t.span().text()).containsExactly(expression);
        assertThat(found.get(0).value()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            وعقد المؤتمر في 3 مارس 2015 بمشاركة واسعة   | 2015-03-03
            وعقدت القمة في 12/1/2020 في موسكو           | 2020-01-12
            وكان الاتفاق قد وقع عام 1994 في جنيف        | 1994
            """)
    void resolvesAbsoluteExpressionsWithoutAnchor(String sentence, String value) {
        assertThat(tag(sentence, null)).extracting(TimeExpression::value).containsExactly(value);
    }

    @Test
    void tagsEveryExpressionOfASentenceInOrder() {
        String text = "وقال الوزير الاثنين إن الاتفاق الذي وقع في 12 يناير 2020 سيطبق الأسبوع المقبل.";
        assertThat(tag(text, ANCHOR)).extracting(TimeExpression::value)
                .containsExactly("2020-01-13", "2020-01-12", "2020-W04");
    }

    @Test
    void keepsEverySpanInsideTheRegionWhateverTheInput() {
        String[] pieces = {"اليوم", "أمس", "الاثنين", "يوم", "12", "١٢", "يناير", "كانون", "الثاني", "2020", "/", "-",
                "(", ")", "الماضي", "المقبل", "من", "شهر", "رمضان", "هـ", "1441", "وصباح", "عام", "،", ".", "\n", "ـ",
                "الأسبوع", "هذا", "قال", "إن", "بعد", "غد", "أول"};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                b.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
            }
            String text = "عنوان\n" + b + "\nذيل";
            Span region = Span.of(text, 6, text.length() - 4);
            for (TimeExpression t : tagger.tag(text, region, random.nextBoolean() ? ANCHOR : null)) {
                assertThat(region.contains(t.span())).as(text).isTrue();
                assertThat(text.substring(t.span().start(), t.span().end())).isEqualTo(t.span().text());
                assertThat(t.value() == null || t.value().matches("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?")).as(text).isTrue();
            }
        }
    }

    @Test
    void tagsCoordinatedBareYears() {
        String text = "وصدرت بحقه في 2009 و2010 مذكرات اعتقال";
        assertThat(tag(text, ANCHOR)).extracting(TimeExpression::value).containsExactly("2009", "2010");
    }

    @Test
    void tagsOnlyInsideTheRegion() {
        String text = "أمس في العنوان\nوقال الوزير الاثنين إن الاتفاق صامد\n20/01/2026";
        int start = text.indexOf('\n') + 1;
        int end = text.lastIndexOf('\n');
        List<TimeExpression> found = tagger.tag(text, Span.of(text, start, end), ANCHOR);
        assertThat(found).extracting(t -> t.span().text()).containsExactly("الاثنين");
        assertThat(found.get(0).span().start()).isEqualTo(text.indexOf("الاثنين"));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            واجتمع المجلس الاثنين   | 2020-01-13 | 2020-01-13
            واجتمع المجلس الاثنين   | 2020-01-19 | 2020-01-13
            واجتمع المجلس الاثنين   | 2020-01-20 | 2020-01-20
            واجتمع المجلس الجمعة    | 2020-01-14 | 2020-01-10
            وقال الوزير اليوم الأربعاء | 2015-07-25 | 2015-07-22
            وقال الوزير أمس الأحد   | 2015-07-22 | 2015-07-19
            """)
    void resolvesWeekdaysAroundTheAnchor(String sentence, String anchor, String value) {
        assertThat(tag(sentence, LocalDate.parse(anchor))).extracting(TimeExpression::value).containsExactly(value);
    }
}

package org.mizan.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineClassifierTest {

    private final LineClassifier classifier = LineClassifier.standard();

    private LineKind kind(String line) {
        TextLine l = TextLine.split(line).get(0);
        return classifier.classify(line, l);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'   ' | BLANK",
            ". | FILLER",
            "■ ■ ■ | FILLER",
            "01/11/2024 | DATE",
            "٣١/١٠/٢٠٢٤ | DATE",
            "10:12 ت م | DATE",
            "2020-01-13 | DATE",
            "22 اكتوبر 2012 | DATE",
            "أحدث الأخبار | LIST_HEADING",
            "أخبار متعلقة: | LIST_HEADING",
            "اقرأ أيضاً: | LIST_HEADING",
            "مقالات أخرى للكاتبحكاية المدينة القديمة | LIST_HEADING",
            "رابط الخبر بصحيفة المدينة: الوزير يصل | TRAILER",
            "// انتهى // | TRAILER",
            "© 2024 جميع الحقوق محفوظة | TRAILER",
            "شارك | SHARE",
            "تويتر فيسبوك واتساب | SHARE",
            "المصدر: وكالات | SOURCE",
            "'المصدر| ترجمة “موقع الخبر”.' | SOURCE",
            "ترجمة – سارة أحمد | SOURCE",
            "(إعداد خالد منصور للنشرة العربية) | SOURCE",
            ">> الوزير يلتقي نظيره في العاصمة | LINK",
            "ارتفع تدفق الاستثمارات إلى البلاد بنسبة كبيرة في الربع… | TEASER",
            "قال الوزير إن قوات بلاده البحرية تتبوأ مكانة... | TEASER",
            "انتهاء مفاوضات العاصمة حول الهدنة | HEADLINE",
            "وزير الدفاع: قواتنا جاهزة | HEADLINE",
            "ووصل الوفد إلى العاصمة مساء أمس. | SHORT_SENTENCE",
            "وقال المتحدث باسم الوزارة في بيان صحفي إن المحادثات التي جرت أمس في العاصمة كانت بناءة ومثمرة وإن الجولة المقبلة ستعقد الشهر المقبل. | PROSE"})
    void classifiesALineByItsShapeAndTheLexicons(String line, LineKind expected) {
        assertThat(kind(line)).isEqualTo(expected);
    }

    /** Article lines that start like furniture: a lexicon entry that caught one of these would be wrong. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "شارك الوزير في اجتماع المجلس أمس. | SHORT_SENTENCE",
            "شارك الوزير في اجتماع المجلس | HEADLINE",
            "تويتر تحذف آلاف الحسابات | HEADLINE",
            "وقال المصدر: إن الوفد سيصل غدا إلى العاصمة لبحث الاتفاق مع المسؤولين هناك. | SHORT_SENTENCE",
            "المصادر الدبلوماسية أكدت أن الجولة المقبلة من المحادثات ستعقد في جنيف الأسبوع المقبل | HEADLINE",
            "ترجمة الاتفاق إلى خطوات عملية تحتاج إلى وقت طويل بحسب المسؤولين في الوزارة. | SHORT_SENTENCE",
            "أخبار متعلقة بالحرب تتصدر الصحف | HEADLINE",
            "المزيد من القوات وصل إلى المدينة. | SHORT_SENTENCE",
            "سمات القائد الناجح كثيرة | HEADLINE",
            "انتهى الاجتماع دون اتفاق. | SHORT_SENTENCE",
            "2020 عام الأزمات | HEADLINE",
            "'>> وقال الوزير إن الاتفاق صامد.' | SHORT_SENTENCE",
            "خدمة العملاء في الشركة تحسنت كثيرا خلال الشهر الماضي بحسب تقرير رسمي صدر أمس | HEADLINE"})
    void leavesArticleLinesThatStartLikeFurniture(String line, LineKind expected) {
        assertThat(kind(line)).isEqualTo(expected);
    }
}

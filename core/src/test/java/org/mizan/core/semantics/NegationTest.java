package org.mizan.core.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationTest {

    private final Negation negation = Negation.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "الجيش لن ينسحب من المدينة | لن",
            "الوزير لم يحضر الاجتماع | لم",
            "الشركة ليست مسؤولة عن الحادث | ليست",
            "غادر الوفد القاهرة دون توقيع الاتفاق | دون",
            "أكدت الوزارة عدم وجود إصابات | عدم",
            "ما من حل للأزمة إلا بالحوار | ما",
            "القرار غير قانوني | غير",
            "رحل الوفد بلا اتفاق | بلا",
            "ولا يوجد أي دليل على ذلك | ولا",
            "نفى المتحدث وقوع الهجوم | نفى",
    })
    void findsNegator(String sentence, String cue) {
        List<Negator> found = negation.find(sentence);
        assertThat(found).extracting(n -> n.cue().text()).contains(cue);
        for (Negator n : found) {
            assertThat(sentence.substring(n.cue().start(), n.cue().end())).isEqualTo(n.cue().text());
            assertThat(sentence.substring(n.scope().start(), n.scope().end())).isEqualTo(n.scope().text());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ارتفعت الأسعار لا سيما أسعار الوقود",
            "ارتفعت الأسعار لاسيما أسعار الوقود",
            "المفاوضات لا تزال مستمرة",
            "الوزير ما زال في منصبه",
            "لا بد من الحوار بين الطرفين",
            "سجلت الأسعار ارتفاعا غير مسبوق",
            "وصل الوفد غير أن المحادثات تأخرت",
            "هذا مما أثار قلق المستثمرين",
            "كما وصل الوفد إلى العاصمة",
            "ناقش الوزير ما تم الاتفاق عليه",
            "تكافح الحكومة الهجرة غير الشرعية",
            "سيعود الوفد إذا لم يتم الاتفاق",
            "شارك كلا الطرفين في المحادثات",
            "سيحضر الجميع بلا شك",
            "تتدفق البضائع دون توقف",
            "شهدت المدينة مواجهة لا مثيل لها",
            "الحل يبدأ من المنبع لا من نقطة الوصول",
            "الطائرات بدون طيار قصفت الميناء",
            "الطائرات بدون طيار لا بد أن تخضع للرقابة",
            "سيارات دون لوحات دخلت المدينة",
    })
    void findsNoNegatorInFixedExpressions(String sentence) {
        List<Negator> found = negation.find(sentence);
        assertThat(found).filteredOn(n -> n.kind() != Negator.Kind.REVERSAL).isEmpty();
    }

    @ParameterizedTest(name = "{0}: scope ends before {1}")
    @CsvSource(delimiter = '|', value = {
            "الحكومة لم توقع الاتفاق، لكن المعارضة وقعته | لكن",
            "لن ينسحب الجيش من المدينة وسيواصل عملياته | وسيواصل",
            "لم يحضر الوزير. وصل نائبه متأخرا | وصل",
    })
    void endsScopeAtClauseBoundary(String sentence, String outside) {
        Negator first = negation.find(sentence).get(0);
        assertThat(first.scope().text()).doesNotContain(outside);
        assertThat(first.scope().end()).isLessThanOrEqualTo(sentence.indexOf(outside));
    }
}

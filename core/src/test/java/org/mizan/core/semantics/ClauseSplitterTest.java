package org.mizan.core.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClauseSplitterTest {

    private final ClauseSplitter splitter = ClauseSplitter.standard();

    private String firstClause(String text) {
        List<Token> tokens = ArabicTokenizer.tokenize(text);
        int end = splitter.clauseEnd(text, tokens, 0);
        return text.substring(0, tokens.get(end - 1).end());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "الحكومة وقعت الاتفاق، لكن المعارضة رفضته | الحكومة وقعت الاتفاق",
            "الحكومة وقعت الاتفاق بل دعت إلى تنفيذه | الحكومة وقعت الاتفاق",
            "الوفد سيعود إذا لم يتم الاتفاق | الوفد سيعود",
            "الوزير وصل إلى العاصمة مشيرا إلى أنه لن يبقى | الوزير وصل إلى العاصمة",
            "نعمل مع الحكومة ولا نتدخل في شؤونها | نعمل مع الحكومة",
            "حكومة السراج، المعترف بها دوليا، وقعت على الاتفاق | حكومة السراج، المعترف بها دوليا، وقعت على الاتفاق",
            "الجيش لن ينسحب. وصل الوفد | الجيش لن ينسحب",
            "لا بد من تنفيذ الاتفاق وعدم التصعيد | لا بد من تنفيذ الاتفاق",
            "الطرفان يؤكدان الهدنة، وقد أعلنا أنه لا مانع من الحوار | الطرفان يؤكدان الهدنة",
            "الوزير سيلتقي نظيره غدا، دون تقديم تفاصيل | الوزير سيلتقي نظيره غدا",
            "الشعب لديه خيارات كثيرة، ولا يستطيع أحد توقعها | الشعب لديه خيارات كثيرة",
    })
    void endsTheFirstClauseAtItsBoundary(String text, String expected) {
        assertThat(firstClause(text)).isEqualTo(expected);
    }
}

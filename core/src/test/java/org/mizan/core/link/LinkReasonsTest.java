package org.mizan.core.link;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LinkReasonsTest {

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            التوقيع على   | الاتفاق        | التوقيع على الاتفاق
            الالتزام بـ   | الاتفاق        | الالتزام بالاتفاق
            قبول          | المبادرة       | قبول المبادرة
            التوقيع على   | null           | التوقيع
            طلب مهلة بشأن | null           | طلب مهلة
            """)
    void joinsTheVerbalNounAndItsObject(String noun, String object, String expected) {
        assertThat(LinkReasons.withObject(noun, object)).isEqualTo(expected);
    }
}

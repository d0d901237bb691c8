package org.mizan.ingest.proposition;

import static org.assertj.core.api.Assertions.assertThat;

import org.mizan.core.Span;
import org.mizan.core.semantics.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentAnalysisTest {

    private final PolarityDetector polarity = new PolarityDetector();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وقال الوزير إن الحكومة لن تقبل الشروط.|إن |NEGATED",
            "وقال الوزير إن الطائرات بدون طيار لا بد أن تخضع للرقابة.|إن |AFFIRMED",
            "وقال المحافظ إن المنظمات غير الحكومية ستساعد السكان.|إن |AFFIRMED",
    })
    void oneAnalysisServesPolarityWithExactOffsets(String sentence, String opener, String expected) {
        int from = sentence.indexOf(opener) + opener.length();
        Span content = Span.of(sentence, from, sentence.length() - 1);
        ContentAnalysis a = ContentAnalysis.of(content);
        for (Token t : a.tokens()) {
            assertThat(sentence.substring(a.base() + t.start(), a.base() + t.end())).isEqualTo(t.text());
        }
        assertThat(polarity.polarity(null, a).name()).isEqualTo(expected);
        assertThat(polarity.polarity(sentence, null, content)).isEqualTo(polarity.polarity(null, a));
    }
}

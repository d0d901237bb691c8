package org.mizan.ingest.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وقال الوزير إن المحادثات مستمرة.|المحادثات مستمرة",
            "وأضاف: «لن نتراجع».|«لن نتراجع»",
            "أكد الرئيس أن الاتفاق صامد، مشيرا إلى أن الهدنة مستمرة.|الاتفاق صامد",
            // a quoted name of a few words before the complementiser is no speech: the content opens after إن
            "وقال مسؤول أمني لـ «صحيفة النهار» الثلاثاء إن الطريق أغلق.|الطريق أغلق",
            "وقال مسؤول أمني لصحيفة «النهار» الثلاثاء إن الطريق أغلق.|الطريق أغلق",
            "وقال الوزير «نحن مستعدون للحوار دائما».|«نحن مستعدون للحوار دائما»",
            "وقال، خلال لقاء جمعه بنظيره الهولندي في مدينة لاهاي بحضور عشرات من المراسلين، أمس، إن الأبواب مفتوحة.|الأبواب مفتوحة",
    })
    void takesTheClauseAfterTheComplementiserUpToTheNextCue(String sentence, String content) {
        List<Token> tokens = Tokenizer.standard().tokenize(sentence);
        List<Cue> cues = CueFinder.standard().find(sentence, tokens);
        int next = cues.size() > 1 ? cues.get(1).first() : tokens.size();

        assertThat(ContentFinder.standard().content(sentence, tokens, cues.get(0).last(), next).text()).isEqualTo(content);
    }
}

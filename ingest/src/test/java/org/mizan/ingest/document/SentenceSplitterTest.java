package org.mizan.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.Span;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = SentenceSplitter.standard();

    private List<String> split(String text) {
        return splitter.split(text, Span.of(text, 0, text.length())).stream().map(Span::text).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // text | expected sentences joined by " / "
            "وصل الوزير. وبدأت المحادثات. | وصل الوزير. / وبدأت المحادثات.",
            "هل انتهت الهدنة؟ قال المتحدث إنها صامدة! | هل انتهت الهدنة؟ / قال المتحدث إنها صامدة!",
            "Did it end? Yes. | Did it end? / Yes.",
            "ارتفع المؤشر بنسبة 31.5 بالمئة. ثم تراجع. | ارتفع المؤشر بنسبة 31.5 بالمئة. / ثم تراجع.",
            "ارتفع المؤشر بنسبة ٣١.٥ بالمئة. | ارتفع المؤشر بنسبة ٣١.٥ بالمئة.",
            "التقى د. محمد علي بالوفد. | التقى د. محمد علي بالوفد.",
            "ذكرت وكالة أ.ف.ب. أن الاجتماع انتهى. | ذكرت وكالة أ.ف.ب. أن الاجتماع انتهى.",
            "قال Dr. Smith إن الوضع مستقر. | قال Dr. Smith إن الوضع مستقر.",
            "وقال «لن ننسحب. هذا قرارنا». ثم غادر. | وقال «لن ننسحب. هذا قرارنا». / ثم غادر.",
            "وأضاف “لا نقبل. ولن نقبل”. وانتهى اللقاء. | وأضاف “لا نقبل. ولن نقبل”. / وانتهى اللقاء.",
            "الموقع www.example.com مغلق. | الموقع www.example.com مغلق.",
            "تركيا.. صفقة جديدة | تركيا.. صفقة جديدة",
            "ولد عام 1940م. ودرس في القاهرة. | ولد عام 1940م. / ودرس في القاهرة.",
            "انتهى الاجتماع... ثم بدأ آخر. | انتهى الاجتماع... ثم بدأ آخر.",
            "2. تشكيل لجنة للتحقيق. | 2. تشكيل لجنة للتحقيق.",
            "بلغ عدد القتلى 12. وأصيب آخرون. | بلغ عدد القتلى 12. / وأصيب آخرون."})
    void splitsOnStopsButNotInsideQuotesNumbersOrAbbreviations(String text, String expected) {
        assertThat(String.join(" / ", split(text))).isEqualTo(expected);
    }

    @Test
    void endsASentenceAtEveryLineBreakAndTrimsIt() {
        assertThat(split("  العنوان بلا نقطة \n\n  وبدأ النص هنا.  \r\nوسطر آخر"))
                .containsExactly("العنوان بلا نقطة", "وبدأ النص هنا.", "وسطر آخر");
    }

    @Test
    void closesAnUnbalancedQuoteAtTheEndOfTheLine() {
        assertThat(split("وقال «لن ننسحب. \nوبدأ سطر جديد. ثم آخر."))
                .containsExactly("وقال «لن ننسحب.", "وبدأ سطر جديد.", "ثم آخر.");
    }

    @Test
    void skipsExcludedSpansAndKeepsOffsetsIntoTheText() {
        String text = "جملة أولى.\nقائمة مقطوعة\nجملة ثانية.";
        int cut = text.indexOf("قائمة");
        List<Span> sentences = splitter.split(text, Span.of(text, 0, text.length()),
                List.of(Span.of(text, cut, cut + "قائمة مقطوعة".length())));
        assertThat(sentences).extracting(Span::text).containsExactly("جملة أولى.", "جملة ثانية.");
        for (Span s : sentences) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }

    @Test
    void dropsPiecesWithoutAnyLetterOrDigit() {
        assertThat(split("انتهى.\n.\n***\nبدأ.")).containsExactly("انتهى.", "بدأ.");
    }

    @Test
    void keepsAVeryLongSentenceWhole() {
        String longSentence = "وقال الوزير إن " + "المحادثات مستمرة و".repeat(2000) + "انتهت.";
        assertThat(split(longSentence)).containsExactly(longSentence);
    }
}

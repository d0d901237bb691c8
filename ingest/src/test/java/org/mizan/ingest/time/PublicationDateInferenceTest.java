package org.mizan.ingest.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.core.Span;

class PublicationDateInferenceTest {

    private static final String TITLE = "وزير الدفاع يكشف تفاصيل المحادثات\n";
    private static final String PARAGRAPH = "وقال الوزير إن المحادثات كانت مثمرة وإن الهدنة صامدة رغم الخروقات.\n";
    private static final String SIDEBAR = "أحدث الأخبار\nارتفاع أسعار الذهب في الأسواق المحلية\n20/01/2026\n";

    private final PublicationDateInference inference = new PublicationDateInference();

    private static Span body(String text, String bodyText) {
        int start = text.indexOf(bodyText);
        return Span.of(text, start, start + bodyText.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            الثلاثاء 14 يناير 2020                 | 2020-01-14
            الثلاثاء، 14 كانون الثاني 2020         | 2020-01-14
            نشر في: 14/01/2020 - الساعة 10:30      | 2020-01-14
            ١٤ يناير ٢٠٢٠                          | 2020-01-14
            """)
    void readsADateLineUnderTheTitle(String dateLine, String expected) {
        String text = TITLE + dateLine + "\n" + PARAGRAPH + SIDEBAR;
        assertThat(inference.infer(text, body(text, PARAGRAPH))).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            القاهرة في 12 يناير 2020 - أعلنت الحكومة أن الهدنة صامدة.        | 2020-01-12
            بيروت (12 كانون الثاني 2020) – أعلنت الحكومة أن الهدنة صامدة.    | 2020-01-12
            """)
    void readsTheDatelineOpeningTheBody(String paragraph, String expected) {
        String text = TITLE + paragraph + "\n" + SIDEBAR;
        assertThat(inference.infer(text, body(text, paragraph))).contains(LocalDate.parse(expected));
    }

    @Test
    void neverTakesTheDateOfASidebarBelowTheBody() {
        String text = TITLE + PARAGRAPH + SIDEBAR;
        assertThat(inference.infer(text, body(text, PARAGRAPH))).isEmpty();
        assertThat(inference.infer(text, Span.of(text, 0, text.length()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000_9b2292189eea8875.txt", "003_4730f74c6fe08349.txt"})
    void neverDatesASeedFromItsDatedSidebar(String file) throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/seeds/articles/" + file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(inference.infer(text, Span.of(text, 0, text.length()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            في 19 مارس 2003، احتلت القوات الأمريكية العراق بعد حملة جوية.
            وقال الوزير إن الاتفاق الذي وقع في 12 يناير 2020 ما زال صامدا رغم الخروقات المتكررة.
            وقال الوزير الثلاثاء إن الاتفاق صامد.
            """)
    void ignoresDatesOfEventsInTheOpeningParagraph(String paragraph) {
        String text = TITLE + paragraph + "\n" + SIDEBAR;
        assertThat(inference.infer(text, body(text, paragraph))).isEmpty();
    }
}

package org.mizan.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.core.Article;
import org.mizan.core.Span;
import org.mizan.ingest.RejectedInputException;

/**
 * Odd and hostile input: the reader either returns a well-formed document or throws
 * {@link RejectedInputException}, and it never hangs. The generous time-out only catches runaway
 * (quadratic or backtracking) behaviour; it is no performance measurement.
 */
class DocumentReaderRobustnessTest {

    private static final Duration RUNAWAY = Duration.ofSeconds(20);
    private final DocumentReader reader = DocumentReader.standard();

    static Stream<Arguments> hostileTexts() {
        String paragraph = "أعلنت وزارة الصحة افتتاح مستشفى جديد في العاصمة، وقال الوزير إن «المستشفى سيخدم مليون نسمة». ";
        return Stream.of(
                Arguments.of("1.5 MB of Arabic paragraphs", (Supplier<String>) () -> (paragraph.repeat(8) + "\n\n").repeat(2300)),
                Arguments.of("1.5 MB on one line", (Supplier<String>) () -> paragraph.repeat(18000)),
                Arguments.of("200k commas", (Supplier<String>) () -> "قال الوزير " + ",".repeat(200_000)),
                Arguments.of("200k Arabic commas", (Supplier<String>) () -> "قال الوزير " + "،".repeat(200_000)),
                Arguments.of("100k newlines", (Supplier<String>) () -> "قال الوزير\n" + "\n".repeat(100_000) + "إن الاتفاق صامد."),
                Arguments.of("100k short lines", (Supplier<String>) () -> "عنوان قصير\n".repeat(100_000)),
                Arguments.of("100k opening quotes", (Supplier<String>) () -> "قال «" + "«".repeat(100_000) + " انتهى."),
                Arguments.of("100k straight quotes and dots", (Supplier<String>) () -> "قال \"" + "\". ".repeat(100_000)),
                Arguments.of("100k dates", (Supplier<String>) () -> "01/01/2024\n".repeat(100_000)),
                Arguments.of("100k teasers", (Supplier<String>) () -> "نص مختصر…\n01/01/2024\n".repeat(50_000)),
                Arguments.of("100k list headings", (Supplier<String>) () -> "أحدث الأخبار\n".repeat(100_000)),
                Arguments.of("share words", (Supplier<String>) () -> "شارك تويتر فيسبوك ".repeat(50_000)),
                Arguments.of("dots", (Supplier<String>) () -> ".".repeat(500_000)),
                Arguments.of("deep HTML", (Supplier<String>) () -> "<div>".repeat(50_000) + "نص" + "</div>".repeat(50_000)),
                Arguments.of("many paragraphs", (Supplier<String>) () -> "<p>فقرة قصيرة.</p>".repeat(60_000)),
                Arguments.of("hostile HTML", (Supplier<String>) () -> "<html><body><script>document.write('قال المخترق')</script>"
                        + "<img src=x onerror=\"alert('قال')\"><iframe src='javascript:alert(1)'>قال في الإطار</iframe>"
                        + "<p>قال الوزير إن الاتفاق صامد.</p><style>body{}</style><svg><script>alert(2)</script></svg></body></html>"),
                Arguments.of("unclosed tags", (Supplier<String>) () -> "<p>قال الوزير <b>إن <i>الاتفاق <script>x = 1"),
                Arguments.of("random bytes as Latin-1", (Supplier<String>) () -> new String(randomBytes(50_000), StandardCharsets.ISO_8859_1)),
                Arguments.of("random bytes as UTF-8", (Supplier<String>) () -> new String(randomBytes(50_000), StandardCharsets.UTF_8)),
                Arguments.of("lone surrogates", (Supplier<String>) () -> "قال \uD800 الوزير \uDC00 إن."),
                Arguments.of("only punctuation", (Supplier<String>) () -> "... ؟؟ !! ،،"),
                Arguments.of("only a list", (Supplier<String>) () -> "أحدث الأخبار\nعنوان\nنص…\n01/01/2024"));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void returnsAWellFormedDocumentOrRejectsTheInput(String name, Supplier<String> input) {
        String text = input.get();
        assertTimeoutPreemptively(RUNAWAY, () -> {
            try {
                Document doc = reader.read(Article.of(text));
                assertWellFormed(doc);
            } catch (RejectedInputException rejected) {
                assertThat(rejected.reason()).isNotNull();
            }
        });
    }

    @Test
    void neverLetsScriptContentIntoTheText() {
        Document doc = reader.read(Article.of("<html><body><script>var s = 'قال المخترق';</script>"
                + "<p onclick=\"steal()\">قال الوزير إن الاتفاق صامد.</p><iframe>قال في الإطار</iframe></body></html>"));
        assertThat(doc.text()).isEqualTo("قال الوزير إن الاتفاق صامد.");
    }

    @Test
    void rejectsBinaryBytesDecodedAsText() {
        String binary = new String(randomBytes(10_000), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> reader.read(Article.of(binary))).isInstanceOf(RejectedInputException.class);
    }

    private static void assertWellFormed(Document doc) {
        String text = doc.text();
        assertThat(doc.body().end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(doc.body().start(), doc.body().end())).isEqualTo(doc.body().text());
        for (Span s : doc.sentences()) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        for (Span s : doc.stripped()) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(doc.language()).matches("[a-z]{2}|und");
    }
}

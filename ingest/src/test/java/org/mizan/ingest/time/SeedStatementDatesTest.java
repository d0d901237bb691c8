package org.mizan.ingest.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.core.DateSource;
import org.mizan.core.Span;
import org.mizan.core.TimeExpression;

/**
 * The golden statement dates of the seed articles (seeds/expected.json): every claim the golden file
 * dates with a time expression gets that date, the expression overlapping the golden one; every claim
 * the golden file leaves undated gets no explicit date. Cue and content spans come from the golden file.
 */
class SeedStatementDatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TimexTagger tagger = TimexTagger.standard();
    private final StatementDater dater = new StatementDater();

    static Stream<Arguments> seedClaims() throws IOException {
        JsonNode expected = read("/seeds/expected.json");
        List<Arguments> out = new ArrayList<>();
        for (JsonNode article : expected.get("articles")) {
            String text = text("/seeds/articles/" + article.get("file").asText());
            LocalDate published = LocalDate.parse(article.get("publishedOn").asText());
            for (JsonNode claim : article.get("claims")) {
                out.add(Arguments.of(article.get("file").asText() + "@" + claim.get("cue").get("start").asInt(),
                        text, published, claim));
            }
        }
        return out.stream();
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = SeedStatementDatesTest.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        }
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = SeedStatementDatesTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Span sentence(String text, int offset) {
        int start = offset;
        while (start > 0 && ".!?؟\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = offset;
        while (end < text.length() && ".!?؟\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return Span.of(text, start, end);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedClaims")
    void datesSeedClaimsAsTheGoldenFile(String name, String text, LocalDate published, JsonNode claim) {
        JsonNode cueNode = claim.get("cue");
        Span cue = Span.of(text, cueNode.get("start").asInt(), cueNode.get("end").asInt());
        JsonNode contentNode = claim.get("content");
        Span content = Span.of(text, contentNode.get("start").asInt(), contentNode.get("end").asInt());
        List<TimeExpression> timex = tagger.tag(text, Span.of(text, 0, text.length()), published);
        StatementDate date = dater.date(text, sentence(text, cue.start()), cue, content, timex, published);
        JsonNode goldText = claim.get("statedOnText");
        boolean goldIsTimex = goldText != null && !goldText.isNull()
                && timex.stream().anyMatch(t -> t.span().text().contains(goldText.asText().replaceFirst("^و", "")));
        if (goldIsTimex) {
            assertThat(date.source()).isEqualTo(DateSource.EXPLICIT);
            assertThat(date.date()).isEqualTo(LocalDate.parse(claim.get("statedOn").asText()));
            assertThat(goldText.asText()).contains(date.expression());
        } else if (goldText == null || goldText.isNull()) {
            assertThat(date.source()).isNotEqualTo(DateSource.EXPLICIT);
        }
    }

    @Test
    void tagsTheSeedDatesTheGoldenFileRelies() throws IOException {
        String text = text("/seeds/articles/003_4730f74c6fe08349.txt");
        List<TimeExpression> timex = tagger.tag(text, Span.of(text, 0, text.length()), LocalDate.of(2020, 1, 14));
        assertThat(timex).extracting(t -> t.span().text() + "=" + t.value())
                .contains("مساء اليوم الثلاثاء=2020-01-14", "الاثنين=2020-01-13", "صباح الثلاثاء=2020-01-14");
    }
}

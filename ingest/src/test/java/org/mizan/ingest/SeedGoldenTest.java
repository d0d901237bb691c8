package org.mizan.ingest;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.core.Article;
import org.mizan.core.ArticleAnalysis;
import org.mizan.core.Claim;
import org.mizan.core.text.ArabicFolding;

/**
 * The whole pipeline on the seed articles against seeds/expected.json, claim by claim, as
 * tools/check_seeds.py checks a running server: every non-optional claim found at its cue with the
 * right speaker, statement date and polarity; no non-claim reported; the publication date kept.
 */
class SeedGoldenTest {

    private static final IngestPipeline PIPELINE = IngestPipeline.standard();

    static Stream<Arguments> expectedClaims() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(resource("expected.json"));
        List<Arguments> out = new ArrayList<>();
        for (JsonNode article : expected.path("articles")) {
            for (JsonNode claim : article.path("claims")) {
                if (!claim.path("optional").asBoolean(false)) {
                    out.add(Arguments.of(article.path("file").asText() + " " + claim.path("cue").path("text").asText(), article, claim));
                }
            }
        }
        return out.stream();
    }

    static Stream<Arguments> articles() throws IOException {
        JsonNode expected = new ObjectMapper().readTree(resource("expected.json"));
        List<Arguments> out = new ArrayList<>();
        expected.path("articles").forEach(a -> out.add(Arguments.of(a.path("file").asText(), a)));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedClaims")
    void findsEachSeedClaimWithItsSpeakerDateAndPolarity(String name, JsonNode article, JsonNode expected) throws IOException {
        ArticleAnalysis analysis = analyse(article);
        int start = expected.path("cue").path("start").asInt();
        int end = expected.path("cue").path("end").asInt();
        Claim found = analysis.claims().stream()
                .filter(c -> c.cue().start() < end && start < c.cue().end())
                .findFirst().orElseThrow(() -> new AssertionError("no claim at " + name));
        assertThat(fold(found.speaker().name())).contains(fold(expected.path("speaker").path("name").asText()));
        assertThat(found.polarity().wire()).isEqualTo(expected.path("polarity").asText());
        if (!expected.path("statedOn").isNull()) {
            assertThat(found.statedOn()).hasToString(expected.path("statedOn").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void reportsNoNonClaimAndKeepsThePublicationDate(String file, JsonNode article) throws IOException {
        ArticleAnalysis analysis = analyse(article);
        assertThat(analysis.publishedOn()).hasToString(article.path("publishedOn").asText());
        for (JsonNode not : article.path("notClaims")) {
            int start = not.path("start").asInt();
            int end = start + not.path("text").asText().length();
            assertThat(analysis.claims()).noneMatch(c -> c.cue().start() < end && start < c.cue().end());
        }
    }

    private static ArticleAnalysis analyse(JsonNode article) throws IOException {
        String text = new String(resource("articles/" + article.path("file").asText()).readAllBytes(), StandardCharsets.UTF_8);
        return PIPELINE.analyze(new Article(text, null, LocalDate.parse(article.path("publishedOn").asText()), null, null));
    }

    private static String fold(String name) {
        return ArabicFolding.fold(name).replaceAll("[\\p{P}\\p{S}]", "").replaceAll("\\s+", " ").trim();
    }

    private static InputStream resource(String path) {
        return SeedGoldenTest.class.getResourceAsStream("/seeds/" + path);
    }
}

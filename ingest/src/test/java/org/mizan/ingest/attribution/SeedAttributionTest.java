package org.mizan.ingest.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.core.text.ArabicFolding;
import org.mizan.core.Article;
import org.mizan.ingest.document.Document;
import org.mizan.ingest.document.DocumentReader;

/** Golden test: the seed articles give the cues and speakers of seeds/expected.json, and none of its notClaims. */
class SeedAttributionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AttributionStage STAGE = AttributionStage.standard();

    static Stream<Arguments> expectedClaims() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode article : expected().get("articles")) {
            for (JsonNode claim : article.get("claims")) {
                if (!claim.path("optional").asBoolean(false)) {
                    out.add(Arguments.of(article.get("file").asText(), claim.get("cue").get("text").asText(),
                            claim.get("cue").get("start").asInt(), claim.get("speaker").get("name").asText()));
                }
            }
        }
        return out.stream();
    }

    static Stream<Arguments> notClaims() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode article : expected().get("articles")) {
            for (JsonNode not : article.path("notClaims")) {
                out.add(Arguments.of(article.get("file").asText(), not.get("text").asText(), not.get("start").asInt()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}@{2} by {3}")
    @MethodSource("expectedClaims")
    void findsEachExpectedCueWithItsSpeaker(String file, String cue, int start, String speaker) throws IOException {
        List<AttributedStatement> found = STAGE.attribute(document(file));

        AttributedStatement match = found.stream()
                .filter(s -> s.cue().start() < start + cue.length() && start < s.cue().end())
                .findFirst().orElse(null);
        assertThat(match).as("a claim with cue %s at %d", cue, start).isNotNull();
        assertThat(ArabicFolding.fold(match.speaker().name())).isEqualTo(ArabicFolding.fold(speaker));
    }

    @ParameterizedTest(name = "{0}: not {1}")
    @MethodSource("notClaims")
    void reportsNoClaimOutsideTheArticleOrOnLookAlikeWords(String file, String text, int start) throws IOException {
        List<AttributedStatement> found = STAGE.attribute(document(file));

        assertThat(found).noneMatch(s -> s.cue().start() >= start && s.cue().start() < start + text.length());
    }

    /** The seed read by the document stage: body and sentences without the latest-news list. */
    private static Document document(String file) throws IOException {
        return DocumentReader.standard().read(Article.of(resource("/seeds/articles/" + file)));
    }

    private static JsonNode expected() throws IOException {
        return JSON.readTree(resource("/seeds/expected.json"));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SeedAttributionTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

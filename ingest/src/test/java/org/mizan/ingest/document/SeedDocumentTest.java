package org.mizan.ingest.document;

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
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.core.Article;
import org.mizan.core.Span;

/**
 * The document stage on the seed articles (module seeds), read the way check_seeds.py sends them: the
 * scraped text and the publication date, no title. Compares with seeds/expected.json.
 */
class SeedDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final DocumentReader reader = DocumentReader.standard();

    record Seed(String file, String text, JsonNode expected) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Seed> seeds() throws IOException {
        JsonNode expected = JSON.readTree(resource("/seeds/expected.json"));
        List<Seed> seeds = new ArrayList<>();
        for (JsonNode article : expected.path("articles")) {
            String file = article.path("file").asText();
            seeds.add(new Seed(file, resource("/seeds/articles/" + file), article));
        }
        assertThat(seeds).isNotEmpty();
        return seeds.stream();
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SeedDocumentTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Document read(Seed seed) {
        return reader.read(new Article(seed.text(), null, LocalDate.parse(seed.expected().path("publishedOn").asText()),
                null, null));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void findsTheExpectedTitleLine(Seed seed) {
        Document doc = read(seed);
        assertThat(doc.title()).isEqualTo(seed.expected().path("title").asText());
        assertThat(doc.titleSpan()).isNotNull();
        assertThat(doc.titleSpan().text()).isEqualTo(doc.title());
        assertThat(doc.body().start()).isGreaterThan(doc.titleSpan().end());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void keepsTheSourceLineAsProvenance(Seed seed) {
        Document doc = read(seed);
        assertThat(doc.provenance()).isNotNull();
        assertThat(doc.provenance().text()).isEqualTo(seed.expected().path("sourceLine").asText());
        assertThat(doc.body().overlaps(doc.provenance())).isFalse();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bodyHoldsEveryExpectedClaimCue(Seed seed) {
        Document doc = read(seed);
        for (JsonNode claim : seed.expected().path("claims")) {
            int cue = claim.path("cue").path("start").asInt();
            boolean inTitle = doc.titleSpan() != null && doc.titleSpan().contains(cue);
            assertThat(doc.body().contains(cue) || inTitle)
                    .as("cue %s at %d", claim.path("cue").path("text").asText(), cue).isTrue();
            assertThat(doc.sentences()).as("a sentence holding the cue at %d", cue).anyMatch(s -> s.contains(cue));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void bodyExcludesTheLatestNewsSidebar(Seed seed) {
        Document doc = read(seed);
        for (JsonNode notClaim : seed.expected().path("notClaims")) {
            int start = notClaim.path("start").asInt();
            assertThat(doc.body().contains(start)).as("not-claim at %d", start).isFalse();
            assertThat(doc.sentences()).noneMatch(s -> s.contains(start));
            assertThat(doc.stripped()).anyMatch(s -> s.contains(start));
        }
        int sidebar = seed.text().indexOf("أحدث الأخبار");
        assertThat(sidebar).isPositive();
        assertThat(doc.body().end()).isLessThan(sidebar);
        // The sidebar's dd/mm/yyyy dates stay outside the body and every sentence.
        assertThat(doc.body().text()).doesNotContainPattern("\\d{2}/\\d{2}/\\d{4}");
        assertThat(doc.sentences()).noneMatch(s -> s.text().matches(".*\\d{2}/\\d{2}/\\d{4}.*"));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void laysOutTheSameWayWhenTheTitleAndOutletAreGiven(Seed seed) {
        Document untitled = read(seed);
        Document titled = reader.read(new Article(seed.text(), seed.expected().path("title").asText(), null,
                seed.expected().path("outlet").asText(), null));
        assertThat(titled.titleSpan()).isEqualTo(untitled.titleSpan());
        assertThat(titled.body()).isEqualTo(untitled.body());
        assertThat(titled.provenance()).isEqualTo(untitled.provenance());
        assertThat(titled.stripped()).isEqualTo(untitled.stripped());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void stripsTheSiteNameLineAndIsArabic(Seed seed) {
        Document doc = read(seed);
        Span first = doc.stripped().get(0);
        assertThat(first.start()).isZero();
        assertThat(first.end()).isLessThanOrEqualTo(doc.titleSpan().start());
        assertThat(doc.language()).isEqualTo("ar");
        assertThat(doc.text()).isSameAs(seed.text());
    }
}

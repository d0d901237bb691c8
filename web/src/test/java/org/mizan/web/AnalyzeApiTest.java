package org.mizan.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.web.article.ArticleEntity;

@QuarkusTest
class AnalyzeApiTest {

    static final String TEXT = """
            القاهرة - وكالات

            قال وزير الزراعة المصري سامح الشناوي يوم الأحد إن بلاده لن تقبل أي تدخل في شؤونها الداخلية.
            وأضاف أن الحكومة وقعت على الاتفاق مع الجانب الأوروبي.
            """;

    @Test
    void analysesArabicTextWithSpansIntoTheTextAsSent() {
        JsonPath json = given().contentType(ContentType.JSON)
                .body(Map.of("text", TEXT, "publishedOn", "2020-01-14"))
                .when().post("/api/analyze")
                .then().statusCode(200).contentType("application/json")
                .body("language", equalTo("ar"))
                .body("publishedOn", equalTo("2020-01-14"))
                .body("publishedOnSource", equalTo("given"))
                .body("body.start", notNullValue())
                .extract().jsonPath();
        List<Map<String, Object>> claims = json.getList("claims");
        assertThat(claims).isNotEmpty();
        for (Map<String, Object> claim : claims) {
            for (String field : List.of("cue", "content")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> span = (Map<String, Object>) claim.get(field);
                assertThat(TEXT.substring((Integer) span.get("start"), (Integer) span.get("end"))).isEqualTo(span.get("text"));
            }
        }
        assertThat(json.getString("claims[0].speaker.name")).contains("سامح الشناوي");
        assertThat(json.getString("claims[0].polarity")).isEqualTo("negated");
    }

    @Test
    void storesNothing() {
        long before = ArticleEntity.count();
        given().contentType(ContentType.JSON).body(Map.of("text", TEXT)).post("/api/analyze").then().statusCode(200);
        assertThat(ArticleEntity.count()).isEqualTo(before);
    }

    @Test
    void emptyTextIsA422WithAReason() {
        given().contentType(ContentType.JSON).body(Map.of("text", "   ")).post("/api/analyze")
                .then().statusCode(422).contentType("application/json").body("error", notNullValue()).body("detail", notNullValue());
    }

    @Test
    void missingTextIsA422() {
        given().contentType(ContentType.JSON).body(Map.of("title", "x")).post("/api/analyze")
                .then().statusCode(422).body("error", equalTo("missing text"));
    }

    @Test
    void malformedJsonIsA400() {
        given().contentType(ContentType.JSON).body("{\"text\": ").post("/api/analyze")
                .then().statusCode(400).contentType("application/json").body("error", equalTo("malformed JSON"));
    }

    @Test
    void badDateIsA422() {
        given().contentType(ContentType.JSON).body(Map.of("text", TEXT, "publishedOn", "yesterday")).post("/api/analyze")
                .then().statusCode(422).body("error", equalTo("bad publishedOn"));
    }

    @Test
    void binaryIsRefused() {
        String binary = "\u0000\u0001\u0002PK\u0003\u0004" + "\u0000".repeat(500) + "\uFFFD".repeat(300);
        given().contentType(ContentType.JSON).body(Map.of("text", binary)).post("/api/analyze")
                .then().statusCode(415).contentType("application/json").body("error", notNullValue());
    }

    @Test
    void hugeTextIsA413() {
        String huge = "قال الوزير إن الاتفاق قائم. ".repeat(80_000);
        given().contentType(ContentType.JSON).body(Map.of("text", huge)).post("/api/analyze")
                .then().statusCode(413).contentType("application/json");
    }

    @Test
    void textWithoutArabicGivesAnEmptyAnalysis() {
        given().contentType(ContentType.JSON).body(Map.of("text", "The minister said the deal holds.")).post("/api/analyze")
                .then().statusCode(200).body("claims.size()", equalTo(0));
    }
}

package org.mizan.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.speaker.SpeakerEntity;

@QuarkusTest
class ArticleLifecycleApiTest {

    static final String FIRST = """
            قال وزير الخارجية سامح شكري إن الحكومة وقعت على الاتفاق مع الجانب الأوروبي.
            وقال المتحدث باسم الوزارة إن المحادثات ستستمر الأسبوع المقبل.
            """;
    static final String SECOND = """
            قال رئيس البرلمان عقيلة صالح إن المجلس لن يعترف بالاتفاق الموقع في موسكو.
            """;

    @Inject
    RecordedArticleEvents events;

    final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeWhatThisTestStored() {
        created.forEach(id -> AdminSession.api().delete("/api/articles/" + id));
    }

    long store(String text, Map<String, String> extra, int expectedStatus) {
        Map<String, String> body = new HashMap<>(extra);
        body.put("text", text);
        long id = AdminSession.api().contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(expectedStatus).extract().jsonPath().getLong("id");
        if (expectedStatus == 201) {
            created.add(id);
        }
        return id;
    }

    @Test
    void storingAnswers201WithLocationAndTheStoredArticle() {
        Response response = AdminSession.api().contentType(ContentType.JSON)
                .body(Map.of("text", FIRST, "publishedOn", "2020-01-14", "outlet", "وكالة اختبار"))
                .post("/api/articles");
        response.then().statusCode(201).contentType("application/json")
                .header("Location", containsString("/api/articles/"))
                .body("id", notNullValue()).body("outlet", equalTo("وكالة اختبار"))
                .body("publishedOn", equalTo("2020-01-14")).body("text", notNullValue());
        long id = response.jsonPath().getLong("id");
        created.add(id);
        assertThat(response.header("Location")).endsWith("/api/articles/" + id);
        given().get(response.header("Location")).then().statusCode(200).body("id", equalTo((int) id));
        assertThat(response.jsonPath().getList("claims")).hasSize(ClaimEntity.<ClaimEntity>list("article.id", id).size());
    }

    @Test
    void theSameTextTwiceIsOneArticle() {
        long id = store(FIRST, Map.of(), 201);
        long count = ArticleEntity.count();
        long again = store(FIRST, Map.of("title", "عنوان آخر"), 200);
        long withOtherLineEndings = store(FIRST.replace("\n", "\r\n") + "  ", Map.of(), 200);
        assertThat(again).isEqualTo(id);
        assertThat(withOtherLineEndings).isEqualTo(id);
        assertThat(ArticleEntity.count()).isEqualTo(count);
    }

    @Test
    void deletingRemovesTheArticleAndItsClaimsButNotOtherArticlesOrSpeakers() {
        long first = store(FIRST, Map.of(), 201);
        long second = store(SECOND, Map.of(), 201);
        List<Long> firstClaims = claimIds(first);
        long secondClaims = ClaimEntity.count("article.id", second);
        long speakers = SpeakerEntity.count();

        AdminSession.api().delete("/api/articles/" + first).then().statusCode(204);

        given().get("/api/articles/" + first).then().statusCode(404);
        assertThat(ClaimEntity.count("article.id", first)).isZero();
        given().get("/api/articles/" + second).then().statusCode(200);
        assertThat(ClaimEntity.count("article.id", second)).isEqualTo(secondClaims);
        assertThat(SpeakerEntity.count()).isEqualTo(speakers);
        assertThat(events.retired()).anySatisfy(e -> {
            assertThat(e.articleId()).isEqualTo(first);
            assertThat(e.claimIds()).containsExactlyInAnyOrderElementsOf(firstClaims);
        });
        assertThat(events.deleted()).anySatisfy(e -> assertThat(e.articleId()).isEqualTo(first));
        AdminSession.api().delete("/api/articles/" + first).then().statusCode(404);
        assertThat(AuditEntryEntity.count("action = ?1 and articleId = ?2", "DELETE", first)).isEqualTo(1);
    }

    @Test
    void storingIsAuditedAndAnnounced() {
        long id = store(SECOND, Map.of(), 201);
        assertThat(events.stored()).as("stored events").contains(id);
        assertThat(AuditEntryEntity.count("action = ?1 and articleId = ?2 and actor = ?3", "UPLOAD", id, "admin")).isEqualTo(1);
    }

    @Test
    void hostileTitleAndTextAreEscapedOnEveryPage() {
        String title = "<script>alert(1)</script><img src=x onerror=alert(1)>";
        String text = "<p>قال الوزير محمد سالم إن الاتفاق قائم.</p><script>alert(1)</script><img src=x onerror=alert(1)>"
                + "<iframe src=\"https://example.org\"></iframe><p onclick=\"alert(1)\">وقال المتحدث إن المحادثات مستمرة.</p>";
        long id = store(text, Map.of("title", title), 201);
        for (String page : List.of("/", "/articles/" + id, "/?lang=en")) {
            given().get(page).then().statusCode(200)
                    .body(not(containsString("<script>alert")))
                    .body(not(containsString("<img src=x")))
                    .body(not(containsString("<iframe")))
                    .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
        }
        String stored = given().get("/api/articles/" + id).jsonPath().getString("text");
        assertThat(stored).doesNotContain("<script").doesNotContain("<iframe").doesNotContain("onclick");
    }

    @Test
    void anArticleLongerThanTheLimitIs413() {
        String huge = "قال الوزير إن الاتفاق قائم. ".repeat(80_000);
        AdminSession.api().contentType(ContentType.JSON).body(Map.of("text", huge)).post("/api/articles")
                .then().statusCode(413).contentType("application/json").body("detail", notNullValue());
    }

    @Test
    void aRequestLargerThanTheBodyLimitIs413() throws Exception {
        // 12 MB, over quarkus.http.limits.max-body-size: refused from its Content-Length, before it is read.
        byte[] enormous = new byte[12 * 1024 * 1024];
        java.util.Arrays.fill(enormous, (byte) 'a');
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/api/articles"))
                .expectContinue(true)
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + AdminSession.PASSWORD).getBytes()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(enormous)).build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void badInputIsRefusedWithAReason() {
        AdminSession.api().contentType(ContentType.JSON).body(Map.of("title", "x")).post("/api/articles")
                .then().statusCode(422).body("error", equalTo("missing text"));
        AdminSession.api().contentType(ContentType.JSON).body(Map.of("text", FIRST, "url", "javascript:alert(1)"))
                .post("/api/articles").then().statusCode(422).body("error", equalTo("bad url"));
        AdminSession.api().contentType(ContentType.JSON).body(Map.of("text", "   ")).post("/api/articles")
                .then().statusCode(422);
    }

    static List<Long> claimIds(long articleId) {
        return QuarkusTransaction.requiringNew().call(() ->
                ClaimEntity.<ClaimEntity>list("article.id", articleId).stream().map(c -> c.id).toList());
    }
}

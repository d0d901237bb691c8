package org.mizan.web.fetch;

import org.mizan.web.admin.AdminSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.web.article.ArticleEntity;

@QuarkusTest
@TestProfile(LocalSitesProfile.class)
public class FetchApiTest {

    static LocalSite site;

    @BeforeAll
    static void startSite() {
        site = new LocalSite()
                .html("/news/bridge.html", NewsSite.BRIDGE)
                .html("/news/bridge-again.html", NewsSite.BRIDGE)
                .redirect("/news/bridge-short", "/news/bridge.html")
                .html("/news/school.html", NewsSite.SCHOOL)
                .html("/news/market.html", NewsSite.MARKET)
                .html("/news/fr.html", NewsSite.FRENCH)
                .html("/news/fa.html", NewsSite.PERSIAN)
                .page("/news/trees.html", "text/html", NewsSite.windows1256(true))
                .page("/news/trees-undeclared.html", "text/html", NewsSite.windows1256(false))
                .html("/news/empty.html", NewsSite.EMPTY)
                .slow("/news/slow.html", 12_000)
                .huge("/news/huge.html", 10_000_000)
                .status("/news/gone.html", 500);
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    /** The profile stores no seeds: every article there is a test's, and each test starts from none. */
    @AfterEach
    void forgetTheArticles() {
        deleteAllArticles();
    }

    public static void deleteAllArticles() {
        for (long id : QuarkusTransaction.requiringNew().call(() -> ArticleEntity.<ArticleEntity>listAll().stream().map(a -> a.id).toList())) {
            given().auth().preemptive().basic("admin", AdminSession.PASSWORD).delete("/api/articles/" + id).then().statusCode(204);
        }
    }

    /** Address to language of every stored article (read from the database: the list API's shape is not at stake here). */
    public static Map<String, String> storedLanguages() {
        return QuarkusTransaction.requiringNew().call(() -> ArticleEntity.<ArticleEntity>listAll().stream()
                .filter(a -> a.url != null).collect(java.util.stream.Collectors.toMap(a -> a.url, a -> a.language)));
    }

    public static long storedAt(String url) {
        return QuarkusTransaction.requiringNew().call(() -> ArticleEntity.<ArticleEntity>find("url", url).firstResult().id);
    }

    static Response fetch(String path) {
        return given().auth().preemptive().basic("admin", AdminSession.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("url", site.url(path), "outlet", "صحيفة الاختبار")).post("/api/articles/fetch");
    }

    @Test
    void storesAFetchedArticleWithItsAddressOnceByAddressAndOnceByText() {
        Response first = fetch("/news/bridge.html");
        first.then().statusCode(201).body("url", equalTo(site.url("/news/bridge.html")))
                .body("outlet", equalTo("صحيفة الاختبار")).body("language", equalTo("ar")).body("analysed", equalTo(true));
        long id = first.jsonPath().getLong("id");
        assertThat(first.jsonPath().getString("text")).startsWith("افتتاح جسر جديد فوق النهر").contains("وقال وزير النقل")
                .doesNotContain("جميع الحقوق");
        assertThat(first.jsonPath().getList("claims")).isNotEmpty();
        // The dateline's agency heads the chain, the outlet given closes it; the wire is named.
        assertThat(first.jsonPath().getList("relays.role")).containsExactly("agency", "outlet");
        assertThat(first.jsonPath().getList("wires")).containsExactly("reuters");

        fetch("/news/bridge.html").then().statusCode(200).body("id", equalTo((int) id));
        assertThat(site.hits("/news/bridge.html")).isEqualTo(1);
        fetch("/news/bridge-short").then().statusCode(200).body("id", equalTo((int) id));
        fetch("/news/bridge-again.html").then().statusCode(200).body("id", equalTo((int) id));
    }

    @Test
    void keepsTheGenericAgenciesSourceLineAsAWireOfNoParticularAgency() {
        JsonPath school = fetch("/news/school.html").then().statusCode(201).extract().jsonPath();
        assertThat(school.getString("provenance")).isEqualTo("المصدر: وكالات");
        assertThat(school.getList("relays.key")).contains("agencies");
        assertThat(school.getList("wires")).isEmpty();
    }

    @Test
    void readsTheStoryOfADivOnlyPageWithoutItsMenuTickerOrComments() {
        String text = fetch("/news/market.html").then().statusCode(201).extract().jsonPath().getString("text");
        assertThat(text).contains("افتتحت البلدية سوقا جديدة").contains("يوم الجمعة")
                .doesNotContain("شريط الأخبار").doesNotContain("تعليق زائر").doesNotContain("ملاعب");
    }

    @Test
    void storesArticlesInOtherLanguagesUnanalysedWithTheirLanguage() {
        JsonPath french = fetch("/news/fr.html").then().statusCode(201).extract().jsonPath();
        assertThat(french.getString("language")).isEqualTo("fr");
        assertThat(french.getBoolean("analysed")).isFalse();
        assertThat(french.getList("claims")).isEmpty();
        JsonPath persian = fetch("/news/fa.html").then().statusCode(201).extract().jsonPath();
        assertThat(persian.getString("language")).isEqualTo("fa");
        assertThat(persian.getBoolean("analysed")).isFalse();
        assertThat(persian.getList("claims")).isEmpty();
        String page = given().get("/articles/" + persian.getLong("id")).then().statusCode(200).extract().asString();
        assertThat(page).contains("class=\"notice not-analysed\"").contains("(fa)");
    }

    @Test
    void decodesWindows1256DeclaredInTheMetaOrNotDeclaredAtAll() {
        for (String path : List.of("/news/trees.html", "/news/trees-undeclared.html")) {
            JsonPath trees = fetch(path).then().statusCode(201).extract().jsonPath();
            assertThat(trees.getString("text")).contains("بدأت البلدية حملة لزراعة ألف شجرة");
            assertThat(trees.getString("language")).isEqualTo("ar");
        }
    }

    @Test
    void aPageWithoutArticleTextIs422() {
        fetch("/news/empty.html").then().statusCode(422).contentType(ContentType.JSON).body("error", equalTo("no article text"));
    }

    @Test
    void aSlowHugeOrFailingSiteIs502WithAJsonError() {
        fetch("/news/slow.html").then().statusCode(502).contentType(ContentType.JSON).body("error", equalTo("fetch failed"));
        fetch("/news/huge.html").then().statusCode(502).body("detail", org.hamcrest.Matchers.containsString("300000"));
        fetch("/news/gone.html").then().statusCode(502).body("detail", org.hamcrest.Matchers.containsString("500"));
        assertThat(storedLanguages()).isEmpty();
    }

    @Test
    void refusesOtherSchemesAndAnonymousCallers() {
        given().auth().preemptive().basic("admin", AdminSession.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("url", "file:///etc/passwd")).post("/api/articles/fetch")
                .then().statusCode(422).body("error", equalTo("url refused"));
        given().contentType(ContentType.JSON).body(Map.of("url", site.url("/news/bridge.html")))
                .post("/api/articles/fetch").then().statusCode(401);
    }
}

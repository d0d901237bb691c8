package org.mizan.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.seed.SeedLoader;

@QuarkusTest
class SeedsLoadedTest {

    static final String TITLE_000 = "انتهاء مفاوضات موسكو حول ليبيا ليوم الاثنين";
    static final String TITLE_003 = "وزير الدفاع التركي يكشف تفاصيل المحادثات الليبية الأخيرة";

    @Inject
    SeedLoader seeds;

    @Test
    void storesBothSeedArticlesAtStartup() {
        given().when().get("/api/articles")
                .then().statusCode(200).contentType("application/json")
                .body("items", hasSize(2)).body("total", org.hamcrest.Matchers.equalTo(2))
                .body("items.title", hasItems(TITLE_000, TITLE_003))
                .body("items.outlet", hasItems("تركيا الآن"))
                .body("items.publishedOn", hasItems("2020-01-13", "2020-01-14"));
    }

    @Test
    void loadingTheSeedsAgainAddsNothing() {
        long before = ArticleEntity.count();
        assertThat(seeds.loadSeeds()).isZero();
        assertThat(ArticleEntity.count()).isEqualTo(before).isEqualTo(2);
    }

    @Test
    void homePageListsBothSeedTitlesRightToLeft() {
        given().when().get("/")
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"ar\" dir=\"rtl\">"))
                .body(containsString(TITLE_000))
                .body(containsString(TITLE_003));
    }

    @Test
    void articleJsonKeepsOriginalTextAndOffsets() {
        int id = given().get("/api/articles").then().extract().path("items.find { it.title == '" + TITLE_003 + "' }.id");
        String text = given().get("/api/articles/" + id).then().statusCode(200).extract().path("text");
        int bodyStart = given().get("/api/articles/" + id).then().extract().path("body.start");
        int bodyEnd = given().get("/api/articles/" + id).then().extract().path("body.end");
        assertThat(text).startsWith("تركيا الان");
        assertThat(text.substring(bodyStart, bodyEnd)).contains("حفتر غادر روسيا دون توقيع الاتفاق")
                .doesNotContain("أحدث الأخبار");
    }

    @Test
    void articlePageShowsTextAndItsClaims() {
        int id = given().get("/api/articles").then().extract().path("items.find { it.title == '" + TITLE_003 + "' }.id");
        given().when().get("/articles/" + id)
                .then().statusCode(200)
                .body(containsString("dir=\"rtl\""))
                .body(containsString("حفتر غادر روسيا دون توقيع الاتفاق"))
                .body(containsString("سيرغي لافروف"))
                .body(containsString("class=\"cue\""));
    }

    @Test
    void unknownArticleIsA404PageAndA404Json() {
        given().get("/articles/999999").then().statusCode(404).contentType(containsString("text/html"));
        given().get("/api/articles/999999").then().statusCode(404).contentType("application/json")
                .body("error", containsString("not found"));
    }
}

package org.mizan.web.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.core.Article;
import org.mizan.web.article.ArticleService;
import org.mizan.web.pages.NoSeedsProfile;

/**
 * Search over articles stored through the real write path (pipeline, linker, events): the index follows
 * what is stored and deleted, and finds Arabic words in their written forms. Sentences written for this test.
 */
@QuarkusTest
@TestProfile(NoSeedsProfile.class)
class SearchIndexTest {

    static final String OUTLET_A = "نشرة السواحل التجريبية";
    static final String OUTLET_B = "إذاعة الوادي التجريبية";

    @Inject
    ArticleService articles;
    @Inject
    SearchFollower follower;

    static long withClitic;
    static long fullName;
    static long sergei;
    static long willWant;

    @BeforeEach
    void store() {
        if (withClitic != 0) {
            return;
        }
        withClitic = store("وجه المجلس البلدي دعوة لحفتر لحضور جلسة الميزانية في الأسبوع المقبل.", "دعوة إلى الجلسة", OUTLET_A, 3);
        fullName = store("قال المتحدث العسكري إن قوات خليفة حفتر غادرت محيط المطار القديم صباح الأحد.", "انسحاب من المطار", OUTLET_B, 4);
        sergei = store("قال المبعوث سيرغي بافلينكو إن الوفد سيصل إلى العاصمة مساء الخميس.", "وصول الوفد", OUTLET_A, 5);
        willWant = store("قال رئيس النقابة إن العمال سيرغب بعضهم في تمديد الإضراب أسبوعا آخر.", "الإضراب مستمر", OUTLET_B, 6);
        follower.awaitCurrent();
    }

    private long store(String body, String title, String outlet, int day) {
        return articles.store(new Article(title + "\n\n" + body, title, LocalDate.of(2019, 5, day), outlet, null)).article().id;
    }

    static List<Long> articleIds(String query) {
        String page = given().queryParam("q", query).queryParam("type", "article").get("/search")
                .then().statusCode(200).extract().asString();
        List<Long> ids = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"/articles/(\\d+)\"").matcher(page);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    void aProcliticOnEitherSideStillFindsTheName() {
        assertThat(articleIds("لحفتر")).contains(withClitic, fullName);
        assertThat(articleIds("حفتر")).contains(withClitic, fullName);
        assertThat(articleIds("خليفة حفتر")).contains(fullName).doesNotContain(withClitic);
    }

    @Test
    void aWordIsMatchedWholeNotByItsBeginning() {
        assertThat(articleIds("سيرغي")).contains(sergei).doesNotContain(willWant);
        assertThat(articleIds("سيرغب")).contains(willWant).doesNotContain(sergei);
    }

    @Test
    void facetsCountTheResultsAndFiltersNarrowThem() {
        String page = given().queryParam("q", "حفتر").queryParam("type", "article").get("/search").then().statusCode(200).extract().asString();
        assertThat(page).contains("class=\"facet outlets\"").contains("<bdi>" + OUTLET_A + "</bdi></a> (1)")
                .contains("<bdi>" + OUTLET_B + "</bdi></a> (1)");
        assertThat(given().queryParam("q", "حفتر").queryParam("type", "article").queryParam("outlet", OUTLET_B).get("/search")
                .then().statusCode(200).extract().asString()).contains("href=\"/articles/" + fullName + "\"")
                .doesNotContain("href=\"/articles/" + withClitic + "\"");
        assertThat(given().queryParam("q", "حفتر").queryParam("type", "article").queryParam("from", "2019-05-04")
                .queryParam("to", "2019-05-04").get("/search").then().statusCode(200).extract().asString())
                .contains("href=\"/articles/" + fullName + "\"").doesNotContain("href=\"/articles/" + withClitic + "\"");
    }

    @Test
    void claimsPageForwardAndBackWithACursorAndATotal() {
        JsonPath first = given().queryParam("from", "2019-05-01").queryParam("to", "2019-05-31").queryParam("limit", 1)
                .get("/api/claims").then().statusCode(200).extract().jsonPath();
        int total = first.getInt("total");
        assertThat(total).isGreaterThanOrEqualTo(3);
        List<Long> seen = new ArrayList<>();
        seen.add(first.getLong("items[0].id"));
        String next = first.getString("next");
        String previousOfSecond = null;
        while (next != null) {
            JsonPath page = given().queryParam("from", "2019-05-01").queryParam("to", "2019-05-31").queryParam("limit", 1)
                    .queryParam("cursor", next).get("/api/claims").then().statusCode(200).body("items", hasSize(1)).extract().jsonPath();
            if (previousOfSecond == null) {
                previousOfSecond = page.getString("previous");
            }
            seen.add(page.getLong("items[0].id"));
            next = page.getString("next");
        }
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
        given().queryParam("from", "2019-05-01").queryParam("to", "2019-05-31").queryParam("limit", 1).queryParam("cursor", previousOfSecond)
                .get("/api/claims").then().statusCode(200).body("items[0].id", equalTo(seen.get(0).intValue()));
        given().queryParam("cursor", "not-a-cursor").get("/api/claims").then().statusCode(400).body("error", equalTo("bad cursor"));
    }

    @Test
    void aSearchRightAfterAStoreFindsTheArticle() {
        // No waiting here: the search itself makes this instance's committed changes searchable first.
        long stored = store("أعلن مدير الحديقة أن الزرافة الصغيرة خرجت إلى الساحة أول مرة.", "زرافة الحديقة", OUTLET_B, 9);
        assertThat(articleIds("الزرافة")).containsExactly(stored);
        articles.delete(stored);
        assertThat(articleIds("الزرافة")).isEmpty();
    }

    @Test
    void aDeletedArticleLeavesTheIndex() {
        long gone = store("قال مدير الميناء إن الرافعة الجديدة وصلت من المصنع قبل موعدها.", "رافعة الميناء", OUTLET_A, 7);
        follower.awaitCurrent();
        assertThat(articleIds("الرافعة")).containsExactly(gone);
        articles.delete(gone);
        follower.awaitCurrent();
        assertThat(articleIds("الرافعة")).isEmpty();
    }

    @Test
    void aTitleSentWithHtmlEntitiesShowsItsQuotesOnce() {
        long id = articles.store(new Article("قال مدير المكتبة إن القاعة الكبرى تفتح أبوابها للزوار مساء الجمعة.",
                "المكتبة &quot;الكبرى&quot; تفتح", LocalDate.of(2019, 5, 8), OUTLET_B, null)).article().id;
        String page = given().get("/articles/" + id).then().statusCode(200).extract().asString();
        assertThat(page).contains("المكتبة &quot;الكبرى&quot; تفتح").doesNotContain("&amp;quot;");
        // The lists that show the title (its outlet's page, search) escape it once too.
        follower.awaitCurrent();
        for (String list : List.of(org.mizan.web.outlet.OutletLinks.outletHref(OUTLET_B), "/search?type=article&q=" + java.net.URLEncoder.encode(
                "القاعة الكبرى", java.nio.charset.StandardCharsets.UTF_8))) {
            String html = given().urlEncodingEnabled(false).get(list).then().statusCode(200).extract().asString();
            assertThat(html).as(list).contains("المكتبة &quot;الكبرى&quot; تفتح").doesNotContain("&amp;quot;");
        }
        given().get("/api/articles/" + id).then().statusCode(200).body("title", org.hamcrest.Matchers.equalTo("المكتبة \"الكبرى\" تفتح"));
    }

    @Test
    void anOutletPageListsWhatItReported() {
        String page = given().urlEncodingEnabled(false).get(org.mizan.web.outlet.OutletLinks.outletHref(OUTLET_A)).then().statusCode(200).extract().asString();
        assertThat(page).contains("href=\"/articles/" + withClitic + "\"").contains("href=\"/articles/" + sergei + "\"")
                .doesNotContain("href=\"/articles/" + fullName + "\"");
        given().get("/outlets/" + "وسيلة لا وجود لها").then().statusCode(404);
    }
}

package org.mizan.web.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every page names its favicon and describes itself; the methodology page says how links and reviews are made. */
@QuarkusTest
class PageBasicsTest {

    private static final Pattern DESCRIPTION = Pattern.compile("<meta name=\"description\" content=\"([^\"]+)\">");

    @Test
    void everyPageHasAFaviconAndAMetaDescription() {
        long story = given().get("/api/stories").jsonPath().getLong("items[0].id");
        long claim = given().get("/api/claims").jsonPath().getLong("items[0].id");
        for (String page : new String[] {"/", "/?lang=en", "/articles", "/stories/" + story, "/claims/" + claim, "/search?q=x",
                "/login", "/methodology", "/no-such-page"}) {
            String html = given().get(page).asString();
            Matcher m = DESCRIPTION.matcher(html);
            assertThat(m.find()).as(page + " has a meta description").isTrue();
            assertThat(m.group(1).strip()).as(page).hasSizeGreaterThan(20);
            assertThat(html).as(page).contains("<link rel=\"icon\" href=\"/favicon.svg\"");
        }
        String claimPage = given().get("/claims/" + claim).asString();
        Matcher m = DESCRIPTION.matcher(claimPage);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).as("a claim page describes its claim").isNotEqualTo(description("/"));
        given().get("/favicon.ico").then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("icon"));
        given().get("/favicon.svg").then().statusCode(200).contentType(org.hamcrest.Matchers.containsString("svg"));
    }

    @Test
    void theMethodologyPageExplainsMachineSuggestionsAndEditorReviewInBothLanguages() {
        String ar = given().get("/methodology?lang=ar").then().statusCode(200).extract().asString();
        assertThat(ar).contains("اقتراحات آلية").contains("أكّده محرر").contains("ClaimReview");
        String en = given().get("/methodology?lang=en").then().statusCode(200).extract().asString();
        assertThat(en).contains("machine suggestions").contains("confirmed by an editor").contains("ClaimReview");
    }

    private static String description(String page) {
        Matcher m = DESCRIPTION.matcher(given().get(page).asString());
        return m.find() ? m.group(1) : "";
    }
}

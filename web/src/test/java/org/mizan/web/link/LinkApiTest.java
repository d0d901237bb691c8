package org.mizan.web.link;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GET /api/links lists every stored link of the seeds, page by page, and refuses a bad cursor. */
@QuarkusTest
class LinkApiTest {

    @Test
    void listsEveryStoredLinkOnceAcrossPages() {
        JsonPath whole = given().when().get("/api/links?limit=1000").then().statusCode(200).extract().jsonPath();
        List<Integer> all = whole.getList("items.id");
        // The seeds' links (other tests may have changed the corpus since, so no exact count).
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        assertThat(whole.getList("items.relation", String.class)).allMatch(ClaimLinkEntity.RELATIONS::contains);
        assertThat(whole.getList("items.from", Integer.class)).doesNotContainNull();

        List<Integer> paged = new ArrayList<>();
        String cursor = "";
        do {
            JsonPath page = given().when().get("/api/links?limit=2" + (cursor.isEmpty() ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            List<Integer> ids = page.getList("items.id");
            assertThat(ids).hasSizeLessThanOrEqualTo(2);
            paged.addAll(ids);
            Object next = page.get("next");
            cursor = next == null ? "" : next.toString();
        } while (!cursor.isEmpty());
        assertThat(paged).containsExactlyElementsOf(all);
    }

    @Test
    void refusesABadCursorOrLimitWithAClearError() {
        given().when().get("/api/links?cursor=abc").then().statusCode(400).body("error", equalTo("bad cursor"));
        given().when().get("/api/links?limit=0").then().statusCode(400).body("error", equalTo("bad limit"));
    }
}

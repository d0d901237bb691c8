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

@QuarkusTest
class CompareApiTest {

    @Test
    void signedVersusDidNotSignIsAConflictWithEvidenceOnBothSides() {
        String a = "الحكومة وقعت على الاتفاق في موسكو";
        String b = "الحكومة غادرت موسكو دون توقيع الاتفاق";
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("a", a, "b", b))
                .post("/api/compare")
                .then().statusCode(200).contentType("application/json")
                .body("relation", equalTo("conflict"))
                .body("confidence", notNullValue())
                .body("explanation", notNullValue())
                .extract().jsonPath();
        List<Map<String, Object>> evidence = json.getList("evidence");
        assertThat(evidence).extracting(e -> e.get("side")).contains("a", "b");
        for (Map<String, Object> e : evidence) {
            String side = "a".equals(e.get("side")) ? a : b;
            assertThat(side.substring((Integer) e.get("start"), (Integer) e.get("end"))).isEqualTo(e.get("text"));
        }
    }

    @Test
    void missingSideIsA422() {
        given().contentType(ContentType.JSON).body(Map.of("a", "نص")).post("/api/compare")
                .then().statusCode(422).body("error", equalTo("missing claim"));
    }

    @Test
    void overlongClaimIsA413() {
        given().contentType(ContentType.JSON).body(Map.of("a", "ن".repeat(30_000), "b", "نص")).post("/api/compare")
                .then().statusCode(413);
    }
}

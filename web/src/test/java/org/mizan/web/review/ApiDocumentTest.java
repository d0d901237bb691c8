package org.mizan.web.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /q/openapi documents the JSON API as it answers: no pages or forms, real status codes, the error body, enums. */
@QuarkusTest
class ApiDocumentTest {

    @Test
    void listsTheJsonApiOnlyWithItsRealStatusCodesErrorSchemaAndEnums() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = doc.getMap("paths");
        assertThat(paths).containsKeys("/api/analyze", "/api/compare", "/api/articles", "/api/claims/{id}",
                "/api/review/claims/{id}/rating", "/api/review/links/{id}/decision");
        assertThat(paths.keySet()).as("no HTML page nor admin form").allMatch(p -> p.startsWith("/api/"));

        assertThat(responses(doc, "/api/articles", "post")).contains("200", "201", "400", "401", "413", "422", "429");
        assertThat(responses(doc, "/api/articles/{id}", "delete")).contains("204", "401", "404").doesNotContain("200");
        assertThat(responses(doc, "/api/articles/{id}", "get")).contains("200", "404");
        assertThat(responses(doc, "/api/analyze", "post")).contains("200", "400", "413", "422", "429");
        assertThat(responses(doc, "/api/articles/fetch", "post")).contains("201", "502");
        assertThat(doc.getString("paths.'/api/articles'.post.responses.'422'.content.'application/json'.schema.'$ref'"))
                .isEqualTo("#/components/schemas/Error");
        assertThat(doc.getList("components.schemas.Error.required", String.class)).containsExactly("error", "detail");

        assertThat(doc.getList("components.schemas.Relation.enum", String.class)).contains("agree", "conflict", "contrast");
        assertThat(doc.getList("components.schemas.Polarity.enum", String.class)).containsExactly("affirmed", "negated");
        assertThat(doc.getList("components.schemas.Modality.enum", String.class))
                .containsExactly("asserted", "intended", "requested", "expected");
        assertThat(doc.getList("components.schemas.SpeakerKind.enum", String.class))
                .contains("person", "organization", "anonymous");
        String json = given().accept("application/json").get("/q/openapi?format=json").asString();
        for (String e : List.of("Relation", "Polarity", "Modality", "SpeakerKind")) {
            assertThat(json).as(e + " is used by a response or request").contains("\"$ref\" : \"#/components/schemas/" + e + "\"");
        }
    }

    private static java.util.Set<String> responses(JsonPath doc, String path, String method) {
        Map<String, Object> r = doc.getMap("paths.'" + path + "'." + method + ".responses");
        assertThat(r).as(method + " " + path).isNotNull();
        return r.keySet();
    }
}

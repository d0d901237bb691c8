package org.mizan.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessIsUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDocumentsTheAnalyzeContract() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/analyze"));
    }

    @Test
    void everyPageForbidsFramingSniffingAndForeignScripts() {
        long story = given().get("/api/stories").then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        given().get("/stories/" + story).then().statusCode(200); // the second read comes from the page cache
        for (Response r : new Response[] {given().get("/"), given().get("/stories/" + story), given().get("/login")}) {
            r.then().statusCode(200)
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
        }
    }

    @Test
    void stylesheetIsServed() {
        given().get("/css/mizan.css").then().statusCode(200).body(containsString("inline"));
    }
}

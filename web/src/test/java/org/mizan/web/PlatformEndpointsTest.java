package org.mizan.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
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
    void stylesheetIsServed() {
        given().get("/css/mizan.css").then().statusCode(200).body(containsString("inline"));
    }
}

package org.mizan.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mizan.web.admin.AdminSession;
import org.mizan.web.claim.ClaimEntity;

/** Malformed headers, forms and multipart bodies are the sender's 4xx; API errors all carry the JSON body. */
@QuarkusTest
class MalformedInputTest {

    @Test
    void aMalformedQualityValueIsA400OnPagesAndTheApi() {
        assertThat(RawHttp.get("/", "Accept: text/html;q=abc").status()).isEqualTo(400);
        assertThat(RawHttp.get("/", "Accept-Language: en;q=abc").status()).isEqualTo(400);
        RawHttp.Answer api = RawHttp.get("/api/articles", "Accept: application/json;q=x");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("\"error\":\"malformed header\"");
        assertThat(RawHttp.get("/", "Accept: text/html,*/*;q=0.8", "Accept-Language: ar,en;q=0.5").status()).isEqualTo(200);
    }

    @Test
    void aLoginWithoutAFormIsA400() {
        assertThat(RawHttp.send("POST /j_security_check HTTP/1.1\r\nHost: localhost", null).status()).isEqualTo(400);
        assertThat(RawHttp.send("POST /j_security_check HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain", "x").status())
                .isEqualTo(400);
    }

    @Test
    void brokenMultipartUploadsAreA400() {
        AdminSession admin = AdminSession.login();
        String cookies = "\r\nCookie: mizan-session=" + admin.session + "; csrf-token=" + admin.csrfCookie;
        String post = "POST /admin/uploads HTTP/1.1\r\nHost: localhost" + cookies;
        assertThat(RawHttp.send(post + "\r\nContent-Type: multipart/form-data", "garbage").status()).as("no boundary").isEqualTo(400);
        assertThat(RawHttp.send(post + "\r\nContent-Type: multipart/form-data; boundary=XYZ", "garbage").status())
                .as("garbage").isEqualTo(400);
        String truncated = "--XYZ\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + admin.csrfToken
                + "\r\n--XYZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nنص لم يكتمل";
        assertThat(RawHttp.send(post + "\r\nContent-Type: multipart/form-data; boundary=XYZ", truncated).status())
                .as("truncated").isEqualTo(400);
    }

    @Test
    void apiAuthenticationErrorsCarryTheJsonBodyAndTheChallenge() {
        given().contentType(ContentType.JSON).body("{}").post("/api/articles").then().statusCode(401)
                .header("WWW-Authenticate", notNullValue()).body("error", equalTo("unauthorized")).body("detail", notNullValue());
        given().delete("/api/articles/1").then().statusCode(401).body("error", equalTo("unauthorized"));
        given().put("/api/articles/1").then().statusCode(401).body("error", equalTo("unauthorized"));
        given().auth().preemptive().basic("admin", "wrong-password-here").delete("/api/articles/1").then().statusCode(401)
                .body("error", equalTo("unauthorized"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsSent() {
        // Announced by Content-Length: Quarkus answers 413 and closes, without waiting for the body.
        RawHttp.Answer answer = RawHttp.send("POST /api/analyze HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + 11 * 1024 * 1024, null);
        assertThat(answer.status()).isEqualTo(413);
    }

    @Test
    void absoluteLinksComeFromConfigurationNotTheHostHeader() {
        long claim = ClaimEntity.<ClaimEntity>findAll().firstResult().id;
        RawHttp.Answer jsonLd = RawHttp.get("/api/claims/" + claim + "/jsonld", "Host: evil.example");
        assertThat(jsonLd.status()).isEqualTo(200);
        assertThat(jsonLd.body()).doesNotContain("evil.example").contains("\"url\":\"http://localhost:");
        assertThat(RawHttp.get("/claims/" + claim, "Host: evil.example").body()).doesNotContain("evil.example");
        RawHttp.Answer redirect = RawHttp.send("GET /admin HTTP/1.1\r\nHost: evil.example", null);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.header("Location")).isEqualTo("/login");
        RawHttp.Answer login = RawHttp.send("POST /j_security_check HTTP/1.1\r\nHost: evil.example\r\n"
                + "Content-Type: application/x-www-form-urlencoded", "j_username=admin&j_password=" + AdminSession.PASSWORD);
        assertThat(login.header("Location")).isEqualTo("/admin");
    }
}

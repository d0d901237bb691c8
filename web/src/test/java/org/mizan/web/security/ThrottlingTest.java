package org.mizan.web.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mizan.web.admin.AdminSession;

/** Login throttling, the analysis API's rate and time limits, and Secure cookies behind a TLS proxy. */
@QuarkusTest
@TestProfile(ThrottledProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThrottlingTest {

    static RequestSpecification from(String address) {
        return given().redirects().follow(false).header("X-Forwarded-For", address);
    }

    static Response login(String address, String user, String password) {
        return from(address).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
    }

    @Test
    @Order(1)
    void tenFailedLoginsFromOneAddressHoldItBackWithRetryAfter() {
        for (int i = 0; i < 10; i++) {
            Response failed = login("198.51.100.1", "nobody" + i, "wrong-password");
            assertThat(failed.statusCode()).as("failure " + (i + 1)).isEqualTo(302);
            assertThat(failed.header("Location")).isEqualTo("/login?error=true");
        }
        Response held = login("198.51.100.1", AdminSession.PASSWORD, AdminSession.PASSWORD);
        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(held.header("Retry-After"))).isBetween(1, 300);
        assertThat(login("198.51.100.1", "admin", AdminSession.PASSWORD).statusCode()).as("even the right password").isEqualTo(429);
        assertThat(login("198.51.100.2", "admin", AdminSession.PASSWORD).statusCode()).as("another address").isEqualTo(302);
    }

    @Test
    @Order(2)
    void tenFailuresForOneAccountHoldItBackFromEveryAddress() {
        for (int i = 0; i < 10; i++) {
            from("203.0.113." + i).auth().preemptive().basic("ghost", "wrong-password").delete("/api/articles/1")
                    .then().statusCode(401);
        }
        Response held = from("203.0.113.200").auth().preemptive().basic("ghost", "wrong-password").delete("/api/articles/1");
        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(held.header("Retry-After")).isNotNull();
        assertThat(held.jsonPath().getString("error")).isEqualTo("too many failed logins");
        assertThat(from("203.0.113.201").auth().preemptive().basic("admin", "wrong-password").delete("/api/articles/1").statusCode())
                .as("the other account").isEqualTo(401);
    }

    @Test
    @Order(3)
    void theAnalysisApiIsLimitedPerAddress() {
        Map<String, String> pair = Map.of("a", "قال الوزير إن الاتفاق وقع أمس", "b", "نفى الوزير أن الاتفاق وقع");
        for (int i = 0; i < 3; i++) {
            assertThat(from("192.0.2.1").contentType(ContentType.JSON).body(pair).post("/api/compare").statusCode())
                    .as("request " + (i + 1)).isNotEqualTo(429);
        }
        Response limited = from("192.0.2.1").contentType(ContentType.JSON).body(Map.of("text", "نص")).post("/api/analyze");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
        assertThat(limited.jsonPath().getString("error")).isEqualTo("too many requests");
        assertThat(from("192.0.2.2").contentType(ContentType.JSON).body(pair).post("/api/compare").statusCode()).isNotEqualTo(429);
    }

    @Test
    @Order(4)
    void anAnalysisThatOutlastsItsTimeIsAnswered503() {
        String sentence = "قال وزير المالية في مؤتمر صحفي يوم الاثنين إن الحكومة ستخفض الضرائب على الشركات الصغيرة العام المقبل. ";
        from("192.0.2.3").contentType(ContentType.JSON).body(Map.of("text", sentence.repeat(400))).post("/api/analyze")
                .then().statusCode(503).header("Retry-After", "60").body("error", equalTo("analysis timed out"));
    }

    @Test
    @Order(5)
    void cookiesAreSecureWhenATrustedProxySaysTheRequestCameOverTls() {
        Response overTls = from("192.0.2.4").header("X-Forwarded-Proto", "https").contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin").formParam("j_password", AdminSession.PASSWORD).post("/j_security_check");
        assertThat(session(overTls)).contains("Secure").contains("HTTPOnly").contains("SameSite=Strict");
        assertThat(session(login("192.0.2.5", "admin", AdminSession.PASSWORD))).doesNotContain("Secure");
    }

    @Test
    @Order(6)
    void aLockedAccountRefusesTheLoginFormFromAnyAddress() {
        for (int i = 0; i < 10; i++) {
            login("198.18.0." + i, "admin", "wrong-password");
        }
        Response held = login("198.18.1.1", "admin", AdminSession.PASSWORD);
        assertThat(held.statusCode()).isEqualTo(429);
        assertThat(held.header("Retry-After")).isNotNull();
    }

    private static String session(Response response) {
        return response.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("mizan-session=")).findFirst().orElseThrow();
    }
}

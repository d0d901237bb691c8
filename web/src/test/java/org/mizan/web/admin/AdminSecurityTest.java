package org.mizan.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mizan.web.article.ArticleEntity;

@QuarkusTest
class AdminSecurityTest {

    static final String TEXT = "قال وزير الخارجية سامح شكري إن الحكومة وقعت على الاتفاق مع الجانب الأوروبي.";

    @Test
    void anonymousApiWritesAreRefusedWith401() {
        given().contentType(ContentType.JSON).body(Map.of("text", TEXT)).post("/api/articles")
                .then().statusCode(401);
        given().delete("/api/articles/1").then().statusCode(401);
        assertThat(ArticleEntity.count("contentHash", org.mizan.web.article.ContentHash.of(TEXT))).isZero();
    }

    @Test
    void wrongPasswordIsRefusedOnTheApi() {
        given().auth().preemptive().basic("admin", "not-the-password").contentType(ContentType.JSON)
                .body(Map.of("text", TEXT)).post("/api/articles").then().statusCode(401);
        given().auth().preemptive().basic("root", AdminSession.PASSWORD).delete("/api/articles/1").then().statusCode(401);
    }

    @Test
    void wrongPasswordIsRefusedOnTheLoginForm() {
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin").formParam("j_password", "guess").post("/j_security_check");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).contains("/login?error=true");
        assertThat(response.getCookie("mizan-session")).isNull();
        given().get("/login?error=true").then().statusCode(200).body(containsString("class=\"notice error-message\""));
    }

    @Test
    void anonymousAdminPagesRedirectToTheLoginPage() {
        for (String page : new String[] {"/admin", "/admin/articles", "/admin/audit"}) {
            Response response = given().redirects().follow(false).get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.header("Location")).as(page).endsWith("/login");
        }
    }

    @Test
    void anonymousFormPostsToAdminAreRedirectedNotExecuted() {
        long before = ArticleEntity.count();
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("x", "y").post("/admin/articles/1/delete");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(ArticleEntity.count()).isEqualTo(before);
    }

    @Test
    void loginPageIsArabicFirstAndPostsToFormAuthentication() {
        given().get("/login").then().statusCode(200)
                .body(containsString("dir=\"rtl\""))
                .body(containsString("action=\"/j_security_check\""))
                .body(containsString("name=\"j_password\""));
    }

    @Test
    void loginSetsAnHttpOnlySameSiteSessionCookieAndOpensTheAdminPages() {
        Response response = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin").formParam("j_password", AdminSession.PASSWORD).post("/j_security_check");
        assertThat(response.statusCode()).isEqualTo(302);
        String setCookie = response.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("mizan-session=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        given().redirects().follow(false).cookie("mizan-session", response.getCookie("mizan-session"))
                .get("/admin").then().statusCode(200).body(containsString("enctype=\"multipart/form-data\""));
    }

    @Test
    void formPostsWithoutTheCsrfTokenAreRefused() {
        AdminSession admin = AdminSession.login();
        long before = ArticleEntity.count();
        long someArticle = ArticleEntity.<ArticleEntity>findAll().firstResult().id;
        int status = admin.request().contentType("application/x-www-form-urlencoded").formParam("x", "y")
                .post("/admin/articles/" + someArticle + "/delete").statusCode();
        assertThat(status).isIn(400, 403);
        int wrong = admin.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", "forged")
                .post("/admin/articles/" + someArticle + "/reanalyse").statusCode();
        assertThat(wrong).isIn(400, 403);
        int multipart = admin.request().contentType("multipart/form-data").multiPart("text", TEXT)
                .post("/admin/uploads").statusCode();
        assertThat(multipart).isIn(400, 403);
        assertThat(ArticleEntity.count()).isEqualTo(before);
    }

    @Test
    void readsAndTheAnalysisApiStayOpen() {
        given().get("/api/articles").then().statusCode(200);
        given().get("/").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", TEXT)).post("/api/analyze")
                .then().statusCode(200).body("language", equalTo("ar"));
    }

    @Test
    void logoutForgetsTheSessionCookie() {
        AdminSession admin = AdminSession.login();
        Response response = admin.form().post("/logout");
        assertThat(response.statusCode()).isEqualTo(303);
        String cleared = response.headers().getValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("mizan-session=")).findFirst().orElseThrow();
        assertThat(cleared).startsWith("mizan-session=;").containsIgnoringCase("Max-Age=0");
    }

    @Test
    void adminPagesSpeakEnglishOnRequest() {
        AdminSession admin = AdminSession.login();
        for (String page : new String[] {"/admin?lang=en", "/admin/articles?lang=en", "/admin/audit?lang=en"}) {
            admin.request().get(page).then().statusCode(200).body(containsString("dir=\"ltr\"")).body(containsString("Stored articles"));
        }
        given().get("/login?lang=en").then().statusCode(200).body(containsString("Admin login"));
    }
}

package org.mizan.web.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.web.fetch.FetchApiTest;
import org.mizan.web.fetch.LocalSite;
import org.mizan.web.fetch.LocalSitesProfile;
import org.mizan.web.fetch.NewsSite;

/** The admin's pages for fetching by address and following feeds: CSRF-protected forms, 303 after each post. */
@QuarkusTest
@TestProfile(LocalSitesProfile.class)
class FetchAndFeedPagesTest {

    static LocalSite site;

    @BeforeAll
    static void startSite() {
        site = new LocalSite().html("/news/school.html", NewsSite.SCHOOL).html("/news/empty.html", NewsSite.EMPTY)
                .html("/news/fr.html", NewsSite.FRENCH);
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @AfterEach
    void cleanUp() {
        for (Object id : AdminSession.api().get("/api/feeds").jsonPath().getList("id")) {
            AdminSession.api().delete("/api/feeds/" + id);
        }
        FetchApiTest.deleteAllArticles();
    }

    /** A form post with the token, in UTF-8 as browsers send Arabic. */
    private static io.restassured.specification.RequestSpecification form(AdminSession admin) {
        return admin.request().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", admin.csrfToken);
    }

    @Test
    void theUploadPageFetchesAnAddressAndShowsTheStoredArticle() {
        AdminSession admin = AdminSession.login();
        String upload = admin.refreshToken("/admin");
        assertThat(upload).contains("action=\"/admin/fetch\"").contains("id=\"fetch-url\"");

        Response fetched = form(admin).formParam("url", site.url("/news/school.html")).formParam("outlet", "جريدة الحي")
                .post("/admin/fetch");
        assertThat(fetched.statusCode()).isEqualTo(303);
        String location = fetched.getHeader("Location");
        assertThat(location).matches(".*/articles/\\d+");
        String page = given().get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200).extract().asString();
        assertThat(page).contains("class=\"meta relay-chain\"").contains("وكالات").contains("جريدة الحي")
                .doesNotContain("not-analysed");

        form(admin).formParam("url", site.url("/news/fr.html")).post("/admin/fetch").then().statusCode(303);
        long french = FetchApiTest.storedAt(site.url("/news/fr.html"));
        assertThat(given().get("/articles/" + french).asString()).contains("not-analysed");
    }

    @Test
    void aPageWithoutAnArticleIsExplainedAndNothingIsStored() {
        AdminSession admin = AdminSession.login();
        Response failed = form(admin).formParam("url", site.url("/news/empty.html")).post("/admin/fetch");
        assertThat(failed.statusCode()).isEqualTo(422);
        assertThat(failed.asString()).contains("id=\"fetch-error\"").contains("no article text");
        Response refused = form(admin).formParam("url", "http://<b>x</b>/").post("/admin/fetch");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("url refused").contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>x</b>");
        assertThat(FetchApiTest.storedLanguages()).isEmpty();
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        AdminSession admin = AdminSession.login();
        admin.refreshToken("/admin/feeds");
        int status = admin.request().contentType("application/x-www-form-urlencoded").formParam("url", site.url("/news/school.html"))
                .post("/admin/fetch").statusCode();
        assertThat(status).isEqualTo(400);
        status = admin.request().contentType("application/x-www-form-urlencoded").formParam("url", site.url("/feed.xml"))
                .post("/admin/feeds").statusCode();
        assertThat(status).isEqualTo(400);
        assertThat(AdminSession.api().get("/api/feeds").jsonPath().getList("id")).isEmpty();
    }

    @Test
    void theFeedsPageAddsPollsShowsTheErrorAndRemovesAFeedInBothLanguages() {
        given().redirects().follow(false).get("/admin/feeds").then().statusCode(302);
        AdminSession admin = AdminSession.login();
        String empty = admin.refreshToken("/admin/feeds");
        assertThat(empty).contains("dir=\"rtl\"").contains("الخلاصات المتابَعة").contains("لا خلاصات متابَعة بعد.");

        Response added = form(admin).formParam("url", site.url("/missing.xml")).formParam("outlet", "موقع <i>مائل</i>")
                .formParam("everyMinutes", "20").post("/admin/feeds");
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(added.getHeader("Location")).endsWith("/admin/feeds?done=added");
        long id = AdminSession.api().get("/api/feeds").jsonPath().getLong("[0].id");

        String listed = admin.refreshToken("/admin/feeds?done=added");
        assertThat(listed).contains(site.url("/missing.xml")).contains("أُضيفت الخلاصة.").contains("&lt;i&gt;مائل&lt;/i&gt;");

        assertThat(form(admin).post("/admin/feeds/" + id + "/poll").statusCode()).isEqualTo(303);
        String polled = admin.refreshToken("/admin/feeds?done=polled&lang=en");
        assertThat(polled).contains("Followed feeds (RSS and Atom)").contains("HTTP 404");

        Response invalid = form(admin).formParam("url", "not a url").formParam("everyMinutes", "15").post("/admin/feeds");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(invalid.asString()).contains("id=\"feed-error\"");

        assertThat(form(admin).post("/admin/feeds/" + id + "/delete").getHeader("Location")).endsWith("/admin/feeds?done=deleted");
        assertThat(AdminSession.api().get("/api/feeds").jsonPath().getList("id")).isEmpty();
    }
}

package org.mizan.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mizan.web.admin.AdminSession;
import org.mizan.web.article.ArticleEntity;

/** Every state-changing page request needs the form's CSRF token, whatever it sends instead of a form. */
@QuarkusTest
class CsrfTest {

    @Test
    void pageWritesWithoutAFormAreRefusedWhateverTheirContentType() {
        AdminSession admin = AdminSession.login();
        long before = ArticleEntity.count();
        long id = ArticleEntity.<ArticleEntity>findAll().firstResult().id;
        String delete = "/admin/articles/" + id + "/delete";
        assertThat(bare(admin, delete).status()).as("no Content-Type, no body").isEqualTo(403);
        assertThat(admin.request().contentType("text/plain").body("csrf-token=" + admin.csrfToken).post(delete).statusCode())
                .as("text/plain").isEqualTo(403);
        assertThat(admin.request().contentType("application/json").body("{}").post("/admin/articles/" + id + "/reanalyse")
                .statusCode()).as("JSON").isEqualTo(403);
        assertThat(admin.request().contentType("application/x-www-form-urlencoded").post(delete).statusCode())
                .as("a form without a body").isEqualTo(400);
        assertThat(admin.request().contentType("multipart/form-data").multiPart("text", "نص").post("/admin/uploads").statusCode())
                .as("multipart without the token").isIn(400, 403);
        assertThat(bare(admin, "/admin/uploads/abc/save").status()).as("save, no body").isEqualTo(403);
        assertThat(bare(admin, "/admin/uploads").status()).as("upload, no body").isEqualTo(403);
        assertThat(ArticleEntity.count()).isEqualTo(before);
    }

    @Test
    void logoutWithoutTheFormLeavesTheSessionStanding() {
        AdminSession admin = AdminSession.login();
        assertThat(bare(admin, "/logout").status()).isEqualTo(403);
        admin.request().get("/admin/audit").then().statusCode(200);
    }

    /** A POST with the admin's cookies and nothing else: no Content-Type, no body (HTTP clients add a type). */
    static RawHttp.Answer bare(AdminSession admin, String path) {
        return RawHttp.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: mizan-session=" + admin.session
                + "; csrf-token=" + admin.csrfCookie, null);
    }

    @Test
    void theFormWithItsTokenStillWorks() {
        AdminSession admin = AdminSession.login();
        assertThat(admin.form().post("/admin/articles/999999999/delete").header("Location")).isEqualTo("/admin/articles?done=missing");
    }
}

package org.mizan.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.article.ContentHash;

@QuarkusTest
class AdminUploadFormTest {

    static final String PASTED = """
            قال وزير الداخلية خالد المحمود إن الشرطة لن تسمح بأي تجمع في الساحة.
            وقال المتحدث باسم الوزارة إن القرار يسري حتى نهاية الشهر.
            """;
    static final String UTF8_FILE = "قال رئيس الحكومة يوسف الشاهد إن الموازنة الجديدة ستقر قبل نهاية العام.\n";
    static final String CP1256_FILE = "قال محافظ البنك المركزي مروان العباسي إن نسبة التضخم تراجعت في الربع الأخير.\n";
    static final String HOSTILE_HTML = "<html><head><title>خبر</title><script>alert(1)</script></head><body>"
            + "<p>قال النائب سالم الهاشمي إن البرلمان سيصوت على القانون غدا.</p>"
            + "<img src=x onerror=alert(1)><iframe src=\"https://example.org\"></iframe></body></html>";

    AdminSession admin;
    final List<String> texts = new ArrayList<>();

    @BeforeEach
    void login() {
        admin = AdminSession.login();
    }

    @AfterEach
    void removeWhatThisTestStored() {
        for (String text : texts) {
            stored(text).ifPresent(id -> AdminSession.api().delete("/api/articles/" + id));
        }
    }

    static Optional<Long> stored(String text) {
        return QuarkusTransaction.requiringNew().call(() ->
                ArticleEntity.findByHash(ContentHash.of(text)).map(a -> a.id));
    }

    static RequestSpecification field(RequestSpecification spec, String name, String value) {
        return spec.multiPart(new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build());
    }

    static RequestSpecification file(RequestSpecification spec, String name, byte[] content, String type) {
        return spec.multiPart(new MultiPartSpecBuilder(content).controlName("files").fileName(name).mimeType(type).build());
    }

    /** Follows the upload's page until the analysis is done (the page asks to be refreshed until then). */
    String awaitAnalysis(String location) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            Response page = admin.request().get(location);
            assertThat(page.statusCode()).isEqualTo(200);
            if (page.header("Refresh") == null) {
                return page.asString();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("analysis did not finish");
    }

    String save(String location) {
        admin.refreshToken(location);
        Response saved = admin.form().post(location + "/save");
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.header("Location")).endsWith(location);
        return admin.request().get(location).asString();
    }

    @Test
    void pastedTextIsPreviewedThenStoredOnSave() throws InterruptedException {
        texts.add(PASTED);
        long before = ArticleEntity.count();
        RequestSpecification spec = field(admin.multipart(), "text", PASTED);
        spec = field(spec, "publishedOn", "2021-03-04");
        spec = field(spec, "outlet", "صحيفة الاختبار");
        Response posted = spec.post("/admin/uploads");
        assertThat(posted.statusCode()).isEqualTo(303);
        String location = posted.header("Location").replaceFirst("^https?://[^/]+", "");
        assertThat(location).startsWith("/admin/uploads/");

        String preview = awaitAnalysis(location);
        assertThat(preview).contains("data-stage=\"PREVIEW\"").contains("class=\"claim-row\"").contains("id=\"save\"")
                .contains("2021-03-04");
        assertThat(ArticleEntity.count()).as("nothing stored before Save").isEqualTo(before);

        String summary = save(location);
        assertThat(summary).contains("data-stage=\"SAVED\"").contains("status-stored");
        long id = stored(PASTED).orElseThrow();
        assertThat(summary).contains("href=\"/articles/" + id + "\"");
        assertThat(ArticleEntity.count()).isEqualTo(before + 1);
        assertThat(AuditEntryEntity.count("action = ?1 and articleId = ?2", "UPLOAD", id)).isEqualTo(1);
        QuarkusTransaction.requiringNew().run(() -> {
            ArticleEntity a = ArticleEntity.findById(id);
            assertThat(a.outlet).isEqualTo("صحيفة الاختبار");
            assertThat(a.publishedOn).hasToString("2021-03-04");
        });

        // Saving twice (a second click, a reload) stores nothing more.
        admin.form().post(location + "/save");
        assertThat(ArticleEntity.count()).isEqualTo(before + 1);
    }

    @Test
    void anEmptyFormIsShownAgainWithTheErrorBesideTheField() {
        Response response = field(admin.multipart(), "title", "<b>عنوان</b>").post("/admin/uploads");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString()).contains("id=\"text-error\"").contains("&lt;b&gt;عنوان&lt;/b&gt;");
    }

    @Test
    void badMetadataIsShownBesideItsField() {
        RequestSpecification spec = field(admin.multipart(), "text", PASTED);
        spec = field(spec, "publishedOn", "أمس");
        spec = field(spec, "url", "javascript:alert(1)");
        Response response = spec.post("/admin/uploads");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.asString()).contains("id=\"publishedOn-error\"").contains("id=\"url-error\"")
                .doesNotContain("id=\"text-error\"").contains("الشرطة لن تسمح");
        assertThat(stored(PASTED)).isEmpty();
    }

    @Test
    void severalFilesAreAnalysedThenStoredOneByOneWithASummary() throws InterruptedException {
        texts.addAll(List.of(UTF8_FILE, CP1256_FILE));
        long before = ArticleEntity.count();
        RequestSpecification spec = admin.multipart();
        spec = file(spec, "utf8.txt", UTF8_FILE.getBytes(StandardCharsets.UTF_8), "text/plain");
        spec = file(spec, "arabic-1256.txt", CP1256_FILE.getBytes(UploadDecoder.WINDOWS_1256), "text/plain");
        spec = file(spec, "again.txt", UTF8_FILE.getBytes(StandardCharsets.UTF_8), "text/plain");
        spec = file(spec, "picture.txt", HexFormat.of().parseHex("89504E470D0A1A0A0000000D49484452"), "image/png");
        spec = file(spec, "empty.txt", new byte[0], "text/plain");
        spec = file(spec, "report.pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        spec = file(spec, "page.html", HOSTILE_HTML.getBytes(StandardCharsets.UTF_8), "text/html");
        Response posted = spec.post("/admin/uploads");
        assertThat(posted.statusCode()).isEqualTo(303);
        String location = posted.header("Location").replaceFirst("^https?://[^/]+", "");

        String preview = awaitAnalysis(location);
        assertThat(preview).contains("windows-1256")
                .contains("picture.txt").contains("PNG image")
                .contains("empty.txt").contains("The file is empty.")
                .contains("report.pdf").contains("Only .txt and .html");
        assertThat(ArticleEntity.count()).isEqualTo(before);

        String summary = save(location);
        String hostileText = QuarkusTransaction.requiringNew().call(() -> ArticleEntity.<ArticleEntity>find(
                "text like ?1", "%سالم الهاشمي%").firstResultOptional().map(a -> a.text).orElseThrow());
        texts.add(HOSTILE_HTML);
        assertThat(hostileText).doesNotContain("<script").doesNotContain("<img").doesNotContain("<iframe");
        assertThat(ArticleEntity.count()).isEqualTo(before + 3);
        assertThat(summary).contains("data-stage=\"SAVED\"");
        assertThat(summary.split("status-stored", -1)).hasSize(4);
        assertThat(summary.split("status-duplicate", -1)).hasSize(2);
        assertThat(summary.split("status-rejected", -1)).hasSize(4);
        assertThat(stored(CP1256_FILE)).isPresent();

        long hostileId = stored(HOSTILE_HTML).orElseThrow();
        String page = admin.request().get("/articles/" + hostileId).asString();
        assertThat(page).contains("سالم الهاشمي").doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<iframe");
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedWithTheReason() throws InterruptedException {
        byte[] big = "قال الوزير إن الاتفاق قائم. ".repeat(90_000).getBytes(StandardCharsets.UTF_8);
        assertThat(big.length).isGreaterThan(4 * 1024 * 1024);
        Response posted = file(admin.multipart(), "big.txt", big, "text/plain").post("/admin/uploads");
        assertThat(posted.statusCode()).isEqualTo(303);
        String preview = awaitAnalysis(posted.header("Location").replaceFirst("^https?://[^/]+", ""));
        assertThat(preview).contains("big.txt").contains("status-rejected").contains("the limit is 4194304 bytes per file");
    }

    @Test
    void storedArticlesCanBeReanalysedAndDeletedFromTheManagePage() {
        texts.add(UTF8_FILE);
        long id = AdminSession.api().contentType("application/json")
                .body(java.util.Map.of("text", UTF8_FILE)).post("/api/articles").jsonPath().getLong("id");
        String manage = admin.refreshToken("/admin/articles");
        assertThat(manage).contains("action=\"/admin/articles/" + id + "/delete\"");

        Response reanalysed = admin.form().post("/admin/articles/" + id + "/reanalyse");
        assertThat(reanalysed.statusCode()).isEqualTo(303);
        assertThat(reanalysed.header("Location")).endsWith("/admin/articles?done=reanalysed");
        assertThat(AuditEntryEntity.count("action = ?1 and articleId = ?2", "REANALYSE", id)).isEqualTo(1);

        Response deleted = admin.form().post("/admin/articles/" + id + "/delete");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(stored(UTF8_FILE)).isEmpty();

        String audit = admin.request().get("/admin/audit").asString();
        assertThat(audit).contains("audit-delete").contains("audit-reanalyse").contains("#" + id);
    }

    @Test
    void aFormRequestOverTheBodyLimitLeadsBackToTheFormWithTheReason() throws Exception {
        String boundary = "mizanboundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + admin.csrfToken
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"huge.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 12 * 1024 * 1024 + tail.length];
        java.util.Arrays.fill(body, (byte) 'a');
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/admin/uploads"))
                .expectContinue(true)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "mizan-session=" + admin.session + "; csrf-token=" + admin.csrfCookie)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build();
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).isEqualTo("/admin?too-large=1");
        assertThat(admin.request().get(location).asString()).contains("id=\"files-error\"").contains("10 ميغابايت");
    }
}

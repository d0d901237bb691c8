package org.mizan.web.review;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mizan.web.admin.AdminSession;
import org.mizan.web.admin.AuditEntryEntity;
import org.mizan.web.claim.ClaimEntity;

/**
 * Editor review on an invented event (DamOpening): ratings make a claim a ClaimReview, decisions on links
 * hold through re-analysis, claims keep their ids, corrections are audited with before and after.
 */
@QuarkusTest
class EditorReviewTest {

    List<Long> articles;
    AdminSession admin;

    @BeforeEach
    void store() {
        articles = DamOpening.storeAll();
        admin = AdminSession.login();
    }

    @AfterEach
    void remove() {
        DamOpening.deleteAll(articles);
    }

    @Test
    void aReviewedClaimExportsClaimReviewAndAnUnreviewedOneAClaim() {
        long reviewed = DamOpening.wireClaim(articles.get(0));
        long other = DamOpening.wireClaim(articles.get(1));
        AdminSession.api().contentType(ContentType.JSON)
                .body(Map.of("rating", "mostly-true", "explanation", "بيانات الوزارة تؤكد سعة التخزين.",
                        "sources", List.of("https://example.org/dam-report")))
                .post("/api/review/claims/" + reviewed + "/rating")
                .then().statusCode(200).body("ratingValue", equalTo(4)).body("ratingName", equalTo("صحيح في معظمه"));

        JsonPath review = given().get("/claims/" + reviewed + ".jsonld").then().statusCode(200).extract().jsonPath();
        assertThat(review.getString("'@type'")).isEqualTo("ClaimReview");
        assertThat(review.getInt("reviewRating.ratingValue")).isEqualTo(4);
        assertThat(review.getInt("reviewRating.bestRating")).isEqualTo(5);
        assertThat(review.getInt("reviewRating.worstRating")).isEqualTo(1);
        assertThat(review.getString("reviewRating.alternateName")).isEqualTo("صحيح في معظمه");
        assertThat(review.getString("author.name")).isEqualTo("Mizan");
        assertThat(review.getString("url")).endsWith("/claims/" + reviewed);
        assertThat(review.getString("claimReviewed")).contains("السد الجديد");
        assertThat(review.getString("datePublished")).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(review.getString("itemReviewed.'@type'")).isEqualTo("Claim");
        assertThat(review.getString("itemReviewed.author.'@type'")).isEqualTo("Person");
        assertThat(review.getString("itemReviewed.firstAppearance.datePublished")).isEqualTo("2024-05-06");
        assertThat(review.getMap("")).doesNotContainKey("relatedLink");
        SchemaOrgVocabulary.standard().check(review.getMap(""));

        JsonPath claim = given().get("/claims/" + other + ".jsonld").then().statusCode(200).extract().jsonPath();
        assertThat(claim.getString("'@type'")).isEqualTo("Claim");
        assertThat(claim.getMap("")).doesNotContainKeys("reviewRating", "claimReviewed");
        assertThat(claim.getString("author.name")).contains("حسام العطار");
        SchemaOrgVocabulary.standard().check(claim.getMap(""));

        String page = given().get("/claims/" + reviewed).then().statusCode(200).extract().asString();
        assertThat(page).contains("class=\"review\"").contains("صحيح في معظمه").contains("https://example.org/dam-report");
        assertThat(given().get("/claims/" + other).asString()).doesNotContain("class=\"review\"").contains("machine-note");
    }

    @Test
    void aRejectedLinkStaysRejectedAndAConfirmedOneConfirmedAfterReanalysis() {
        long a = DamOpening.wireClaim(articles.get(0));
        long b = DamOpening.wireClaim(articles.get(1));
        long c = DamOpening.wireClaim(articles.get(2));
        List<Long> ab = DamOpening.linksBetween(a, b);
        List<Long> ac = DamOpening.linksBetween(a, c);
        assertThat(ab).as("the linker joins the reprints").isNotEmpty();
        assertThat(ac).isNotEmpty();
        List<Long> claimsBefore = DamOpening.claimsOf(articles.get(0));

        admin.refreshToken("/admin/claims/" + a);
        for (long link : ab) {
            admin.form().formParam("decision", "reject").formParam("claim", a).post("/admin/links/" + link + "/decision")
                    .then().statusCode(303);
        }
        admin.form().formParam("decision", "confirm").formParam("claim", a).post("/admin/links/" + ac.get(0) + "/decision")
                .then().statusCode(303);
        assertThat(DamOpening.linksBetween(a, b)).as("hidden from readers").isEmpty();

        articles.forEach(id -> DamOpening.reanalyse(admin, id));

        assertThat(DamOpening.claimsOf(articles.get(0))).as("unchanged claims keep their ids").isEqualTo(claimsBefore);
        assertThat(DamOpening.linksBetween(a, b)).as("never made again").isEmpty();
        assertThat(DamOpening.linksBetween(b, a)).isEmpty();
        List<Map<String, Object>> links = AdminSession.api().get("/api/claims/" + a).jsonPath().getList("links");
        assertThat(links).as("re-linking ran, and kept the confirmation")
                .anySatisfy(l -> {
                    assertThat(((Number) l.get("claimId")).longValue()).isEqualTo(c);
                    assertThat(l.get("confirmedBy")).isEqualTo("admin");
                });
        assertThat(given().get("/claims/" + a).asString()).contains("class=\"confirmed\"");
        List<Map<String, Object>> all = AdminSession.api().get("/api/links?limit=1000").jsonPath().getList("items");
        assertThat(all).as("the link list says who confirmed").anySatisfy(l -> {
            assertThat(List.of(((Number) l.get("from")).longValue(), ((Number) l.get("to")).longValue())).containsExactlyInAnyOrder(a, c);
            assertThat(l.get("confirmedBy")).isEqualTo("admin");
        });
        assertThat(all).as("and lists no rejected link").noneSatisfy(l -> assertThat(
                List.of(((Number) l.get("from")).longValue(), ((Number) l.get("to")).longValue())).containsExactlyInAnyOrder(a, b));
        assertThat(AuditEntryEntity.count("action = ?1 and actor = ?2", "LINK_REJECT", "admin")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aReviewSurvivesReanalysisAndADisappearedClaimRedirectsToItsArticle() {
        long kept = DamOpening.wireClaim(articles.get(0));
        AdminSession.api().contentType(ContentType.JSON)
                .body(Map.of("rating", "true", "explanation", "أكدت الوزارة ذلك في بيان."))
                .post("/api/review/claims/" + kept + "/rating").then().statusCode(200);
        long gone = DamOpening.claimsOf(articles.get(0)).stream().filter(id -> id != kept).findFirst().orElseThrow();
        // As if an older analysis had read this claim differently: re-analysis will not find its text again.
        QuarkusTransaction.requiringNew().run(() -> ClaimEntity.<ClaimEntity>findById(gone).contentText = "نص قديم لم يعد في المقالة");

        DamOpening.reanalyse(admin, articles.get(0));

        List<Long> after = DamOpening.claimsOf(articles.get(0));
        assertThat(after).contains(kept).doesNotContain(gone);
        given().get("/claims/" + kept + ".jsonld").then().statusCode(200).body("'@type'", equalTo("ClaimReview"));
        given().redirects().follow(false).get("/claims/" + gone).then().statusCode(308)
                .header("Location", org.hamcrest.Matchers.endsWith("/articles/" + articles.get(0)));
        given().redirects().follow(false).get("/claims/" + gone + ".jsonld").then().statusCode(308);
    }

    @Test
    void speakerCorrectionsMergesSplitsAndRenamesAreAuditedWithBeforeAndAfter() {
        long wire = DamOpening.wireClaim(articles.get(0));
        long minister = AdminSession.api().get("/api/claims/" + wire).jsonPath().getLong("claim.speaker.id");
        long other = DamOpening.claimsOf(articles.get(1)).stream().filter(id -> id != DamOpening.wireClaim(articles.get(1)))
                .findFirst().orElseThrow();
        long mayor = AdminSession.api().get("/api/claims/" + other).jsonPath().getLong("claim.speaker.id");

        AdminSession.api().contentType(ContentType.JSON).body(Map.of("name", "حسام العطار الابن", "claims", List.of(wire)))
                .post("/api/review/speakers/" + minister + "/split").then().statusCode(200);
        long split = AdminSession.api().get("/api/claims/" + wire).jsonPath().getLong("claim.speaker.id");
        assertThat(split).isNotEqualTo(minister);

        AdminSession.api().contentType(ContentType.JSON).body(Map.of("speakerId", minister))
                .post("/api/review/claims/" + wire + "/speaker").then().statusCode(200).body("after", org.hamcrest.Matchers.containsString("حسام العطار"));
        assertThat(AdminSession.api().get("/api/claims/" + wire).jsonPath().getLong("claim.speaker.id")).isEqualTo(minister);

        AdminSession.api().contentType(ContentType.JSON).body(Map.of("into", minister))
                .post("/api/review/speakers/" + split + "/merge").then().statusCode(200);
        given().get("/api/speakers/" + split).then().statusCode(404);
        given().redirects().follow(false).get("/speakers/" + split).then().statusCode(308)
                .header("Location", org.hamcrest.Matchers.endsWith("/speakers/" + minister));

        long story = AdminSession.api().get("/api/claims/" + wire).jsonPath().getLong("stories[0].id");
        AdminSession.api().contentType(ContentType.JSON).body(Map.of("title", "سد السنديان: الافتتاح"))
                .post("/api/review/stories/" + story + "/title").then().statusCode(200);
        DamOpening.reanalyse(admin, articles.get(2));
        given().get("/api/stories/" + story).then().statusCode(200).body("title", equalTo("سد السنديان: الافتتاح"));

        AuditEntryEntity fix = AuditEntryEntity.<AuditEntryEntity>find("action = ?1 order by id desc", "SPEAKER_FIX").firstResult();
        assertThat(fix.target).isEqualTo("claim " + wire);
        assertThat(fix.beforeValue).contains("حسام العطار الابن");
        assertThat(fix.afterValue).contains("speaker " + minister);
        assertThat(fix.actor).isEqualTo("admin");
        AuditEntryEntity rename = AuditEntryEntity.<AuditEntryEntity>find("action = ?1 order by id desc", "STORY_RENAME").firstResult();
        assertThat(rename.afterValue).isEqualTo("سد السنديان: الافتتاح");
        String audit = admin.refreshToken("/admin/audit");
        assertThat(audit).contains("سد السنديان: الافتتاح").contains("story " + story);
        assertThat(mayor).isNotEqualTo(minister);
    }

    @Test
    void theReviewPageRatesThroughItsFormInArabicAndEnglish() {
        long claim = DamOpening.wireClaim(articles.get(0));
        String page = admin.refreshToken("/admin/claims/" + claim);
        assertThat(page).contains("مراجعة الادعاء").contains("اقتراح آلي").contains("name=\"csrf-token\"");
        admin.form().formParam("rating", "misleading").formParam("explanation", "الأرقام لا تطابق تقرير الوزارة.")
                .formParam("sources", "https://example.org/a\nhttps://example.org/b")
                .post("/admin/claims/" + claim + "/rating").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/admin/claims/" + claim + "?done=rated"));
        given().get("/claims/" + claim + ".jsonld").then().statusCode(200).body("reviewRating.ratingValue", equalTo(2))
                .body("citation", org.hamcrest.Matchers.contains("https://example.org/a", "https://example.org/b"));
        String english = admin.request().get("/admin/claims/" + claim + "?lang=en").asString();
        assertThat(english).contains("Review the claim").contains("Current rating").contains("Machine suggestion");
        assertThat(given().get("/claims/" + claim + "?lang=en").asString()).contains("Editor&#39;s review").contains("Misleading");
    }

    @Test
    void badReviewInputIsRefusedClearlyAndChangesNothing() {
        long claim = DamOpening.wireClaim(articles.get(0));
        AdminSession.api().contentType(ContentType.JSON).body(Map.of("rating", "sort of", "explanation", "x"))
                .post("/api/review/claims/" + claim + "/rating").then().statusCode(422).body("error", equalTo("bad rating"));
        AdminSession.api().contentType(ContentType.JSON).body(Map.of("rating", "true", "explanation", " "))
                .post("/api/review/claims/" + claim + "/rating").then().statusCode(422).body("error", equalTo("bad explanation"));
        AdminSession.api().contentType(ContentType.JSON)
                .body(Map.of("rating", "true", "explanation", "x", "sources", List.of("javascript:alert(1)")))
                .post("/api/review/claims/" + claim + "/rating").then().statusCode(422).body("error", equalTo("bad source"));
        AdminSession.api().contentType(ContentType.JSON).body(Map.of("rating", "true", "explanation", "x"))
                .post("/api/review/claims/999999999/rating").then().statusCode(404);
        AdminSession.api().contentType(ContentType.JSON).body(Map.of("decision", "maybe"))
                .post("/api/review/links/1/decision").then().statusCode(422);
        given().contentType(ContentType.JSON).body(Map.of("rating", "true", "explanation", "x"))
                .post("/api/review/claims/" + claim + "/rating").then().statusCode(401);
        given().get("/claims/" + claim + ".jsonld").then().statusCode(200).body("'@type'", equalTo("Claim"));
        admin.refreshToken("/admin/claims/" + claim);
        admin.request().contentType("application/x-www-form-urlencoded").formParam("rating", "true").formParam("explanation", "x")
                .post("/admin/claims/" + claim + "/rating").then().statusCode(org.hamcrest.Matchers.oneOf(400, 403));
    }
}

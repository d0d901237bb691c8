package org.mizan.web.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reading pages and the corpus API over a fixture stored directly (no pipeline, no seeds). */
@QuarkusTest
@TestProfile(NoSeedsProfile.class)
class PagesTest {

    @Inject
    PageFixture fixture;
    @Inject
    org.mizan.web.article.ArticleService articles;

    PageFixture f;

    @BeforeEach
    void store() {
        f = fixture.ensureStored();
        fixture.indexed();
    }

    static String html(String path) {
        return given().get(path).then().statusCode(200).contentType(containsString("text/html")).extract().asString();
    }

    @Test
    void storyPageSaysWhoSignedAndWhoDidNotAccordingToWhomAndWhen() {
        String page = html("/stories/" + f.storyId);
        assertThat(page).contains("<html lang=\"ar\" dir=\"rtl\">")
                .contains("وقعت على الاتفاق").contains("دون توقيع")
                .contains("<strong>وقّع:</strong> <bdi>حكومة الشمال</bdi> (بحسب <a href=\"/speakers/" + f.haddad + "\"><bdi>سامي حداد</bdi></a>، ")
                .contains("1 مارس")
                .contains("<strong>لم يوقّع:</strong> <bdi>قائد الجبهة الجنوبية</bdi> (بحسب <a href=\"/speakers/" + f.ministry + "\"><bdi>وزارة الخارجية</bdi></a>، ")
                .contains("2 مارس");
    }

    @Test
    void storyPageMarksTheEvidenceInsideAContrastLink() {
        String page = html("/stories/" + f.storyId);
        Matcher link = Pattern.compile("<li class=\"link contrast\" data-relation=\"contrast\">(.*?)</li>", Pattern.DOTALL).matcher(page);
        assertThat(link.find()).as("a contrast link element").isTrue();
        assertThat(link.group(1)).contains("<mark class=\"evidence\">وقعت</mark>").contains("<mark class=\"evidence\">دون توقيع</mark>");
        assertThat(page).contains("data-relation=\"agree\"");
    }

    @Test
    void storyTimelineRunsByStatementDate() {
        String page = html("/stories/" + f.storyId);
        String timeline = page.substring(page.indexOf("<ol class=\"timeline\">"));
        assertThat(timeline.indexOf("2021-03-01")).isLessThan(timeline.indexOf("2021-03-02")).isNotNegative();
    }

    @Test
    void storyPageSpeaksEnglishAtTheFlipOfTheSwitch() {
        String page = html("/stories/" + f.storyId + "?lang=en");
        assertThat(page).contains("<html lang=\"en\" dir=\"ltr\">").contains("<strong>signed:</strong>")
                .contains("<strong>did not sign:</strong>").contains("according to").contains("1 March 2021");
    }

    @Test
    void claimPageShowsTheSentenceSpeakerDateSourceAndLinks() {
        String page = html("/claims/" + f.signedClaim);
        assertThat(page).contains("<mark class=\"cue\">قال</mark>")
                .contains("<mark class=\"evidence\">وقعت</mark>")
                .contains("href=\"/speakers/" + f.haddad + "\"")
                .contains("href=\"/articles/" + f.articleA + "\"")
                .contains("(<bdi>يوم الاثنين</bdi>)")
                .contains("data-relation=\"contrast\"")
                .contains("href=\"/claims/" + f.unsignedClaim + "\"")
                .contains("Signed versus left without signing")
                .contains("href=\"/stories/" + f.storyId + "\"")
                .contains("<script type=\"application/ld+json\">");
    }

    @Test
    void linkReasonsAreShownInTheReadersLanguageEscaped() {
        assertThat(html("/claims/" + f.signedClaim)).contains("Signed versus left without signing")
                .doesNotContain("Contrast — signed");
        assertThat(html("/claims/" + f.signedClaim + "?lang=en"))
                .contains("Contrast — signed &lt;the agreement&gt;: yes for one party").doesNotContain("<the agreement>");
        assertThat(html("/stories/" + f.storyId + "?lang=en")).contains("Contrast — signed &lt;the agreement&gt;");
    }

    @Test
    void claimPageEscapesHostileTextInHtmlAndJsonLd() {
        String page = html("/claims/" + f.hostileClaim);
        assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<b>عنوان</b>").doesNotContain("<i>تجريبية</i>")
                .doesNotContain("href=\"javascript:")
                .contains("&lt;/script&gt;&lt;script&gt;alert(1)");
        String ld = page.substring(page.indexOf("<script type=\"application/ld+json\">") + 35);
        ld = ld.substring(0, ld.indexOf("</script>"));
        assertThat(ld).contains("\\u003c/script\\u003e").contains("\\u0026").doesNotContain("<").contains("\"Claim\"")
                .as("an address that is no web address is not exported").doesNotContain("javascript:");
    }

    @Test
    void claimJsonLdDownloadIsTheClaimWhileNoEditorReviewedIt() {
        given().get("/claims/" + f.signedClaim + ".jsonld").then().statusCode(200)
                .contentType(containsString("application/ld+json"))
                .body("'@type'", equalTo("Claim"))
                .body("author.name", equalTo("سامي حداد"))
                .body("datePublished", equalTo("2021-03-01"))
                .body("appearance.publisher.name", equalTo("صحيفة الميزان التجريبية"));
        given().get("/api/claims/" + f.signedClaim + "/jsonld").then().statusCode(200).body("text", containsString("وقعت"));
    }

    @Test
    void claimApiCarriesItsLinksWithEvidence() {
        given().get("/api/claims/" + f.signedClaim).then().statusCode(200)
                .body("claim.speaker.name", equalTo("سامي حداد"))
                .body("links.find { it.relation == 'contrast' }.claimId", equalTo((int) f.unsignedClaim))
                .body("links.find { it.relation == 'contrast' }.evidence.text", hasItem("دون توقيع"))
                .body("stories[0].id", equalTo((int) f.storyId));
    }

    @Test
    void claimsApiFiltersBySpeakerDatesAndWords() {
        given().get("/api/claims?speaker=" + f.haddad).then().statusCode(200).body("items", hasSize(2)).body("total", equalTo(2));
        given().get("/api/claims?speaker=" + "حداد").then().statusCode(200).body("items", hasSize(2));
        given().get("/api/claims?speaker=" + "الخارجية").then().statusCode(200).body("items", hasSize(3));
        given().get("/api/claims?from=2021-03-02&to=2021-03-02").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo((int) f.unsignedClaim));
        given().get("/api/claims?q=توقيع").then().statusCode(200).body("items.id", hasItem((int) f.unsignedClaim));
        given().get("/api/claims?from=yesterday").then().statusCode(400).body("error", equalTo("bad date"));
    }

    @Test
    void storiesAndSpeakersApi() {
        // The list's count is the story's kept column (StoryService.refresh), not a count of its members.
        given().get("/api/stories").then().statusCode(200).body("items.id", hasItem((int) f.storyId))
                .body("items.find { it.id == " + f.storyId + " }.claimCount", equalTo(3));
        given().get("/api/stories/" + f.storyId).then().statusCode(200)
                .body("claims", hasSize(3)).body("links.relation", hasItem("contrast"))
                .body("sources", hasItem("وكالة الأنباء التجريبية"));
        given().get("/api/speakers/" + f.haddad).then().statusCode(200)
                .body("name", equalTo("سامي حداد")).body("roles", hasItem("وزير الخارجية")).body("claims", hasSize(2))
                .body("claimCount", equalTo(2));
    }

    @Test
    void storyApiPagesItsClaimsByCursorWithTheStoryTotal() {
        io.restassured.path.json.JsonPath first = given().get("/api/stories/" + f.storyId + "?limit=2").then().statusCode(200)
                .body("claims", hasSize(2)).body("claimCount", equalTo(3)).body("previous", nullValue()).extract().jsonPath();
        java.util.List<Integer> firstIds = first.getList("claims.id", Integer.class);
        // Links, reports and outlets describe the claims of this page only.
        assertThat(first.getList("links.from", Integer.class)).allMatch(firstIds::contains);
        assertThat(first.getList("links.to", Integer.class)).allMatch(firstIds::contains);
        assertThat(first.getList("reprinted.claims.flatten()", Integer.class)).allMatch(firstIds::contains);
        String next = first.getString("next");
        assertThat(next).isNotBlank();

        io.restassured.path.json.JsonPath second = given().queryParam("limit", 2).queryParam("cursor", next)
                .get("/api/stories/" + f.storyId).then().statusCode(200)
                .body("claims", hasSize(1)).body("claimCount", equalTo(3)).body("next", nullValue()).extract().jsonPath();
        java.util.List<Integer> all = new java.util.ArrayList<>(firstIds);
        all.addAll(second.getList("claims.id", Integer.class));
        java.util.List<Integer> whole = given().get("/api/stories/" + f.storyId).then().statusCode(200)
                .body("next", nullValue()).extract().jsonPath().getList("claims.id", Integer.class);
        assertThat(all).as("two pages hold every claim once, in the order of the whole list").containsExactlyElementsOf(whole);

        // Back from the second page: the first again.
        given().queryParam("limit", 2).queryParam("cursor", second.getString("previous")).get("/api/stories/" + f.storyId)
                .then().statusCode(200).body("claims.id", equalTo(firstIds));
    }

    @Test
    void storyApiRefusesAForgedCursor() {
        given().queryParam("cursor", "not-a-cursor").get("/api/stories/" + f.storyId).then().statusCode(400)
                .body("error", equalTo("bad cursor"));
        given().get("/api/stories/" + f.storyId + "?limit=0").then().statusCode(200).body("claims", hasSize(1));
    }

    @Test
    void speakerPageShowsAliasesRolesAndClaimsOverTime() {
        String page = html("/speakers/" + f.haddad);
        assertThat(page).contains("<bdi>وزير الخارجية سامي حداد</bdi>").contains("<bdi>وزير الخارجية</bdi>")
                .contains("href=\"/claims/" + f.signedClaim + "\"").contains("href=\"/claims/" + f.supportClaim + "\"");
    }

    @Test
    void searchFoldsCliticsAndGroupsByType() {
        String page = html("/search?q=" + "قائد");
        assertThat(page).contains("<mark class=\"hit\">لقائد</mark>").contains("<mark class=\"hit\">قائد</mark>");
        assertThat(page).contains("href=\"/claims/" + f.supportClaim + "\"").contains("href=\"/claims/" + f.unsignedClaim + "\"");
        String speakers = html("/search?q=" + "حداد");
        assertThat(speakers).contains("class=\"hits speakers\"").contains("href=\"/speakers/" + f.haddad + "\"")
                .contains("class=\"hits claims\"");
        assertThat(page).contains("?lang=en&amp;q=%D9%82%D8%A7%D8%A6%D8%AF");
        assertThat(html("/search?q=" + "<script>")).doesNotContain("value=\"<script>").contains("&lt;script&gt;");
    }

    @Test
    void homeListsStoriesBeforeArticles() {
        String page = html("/");
        assertThat(page).contains("href=\"/stories/" + f.storyId + "\"").contains("اتفاق العاصمة: من وقّع ومن لم يوقّع");
        assertThat(page.indexOf("/stories/")).isLessThan(page.indexOf("/articles/"));
        // The templates' indentation went when they were parsed (story.TemplateIndentation), not from each page.
        assertThat(page.lines().filter(line -> line.startsWith(" ") || line.startsWith("\t"))).isEmpty();
    }

    @Test
    void articlePageMarksEachClaimWithSpeakerDateAndProvenance() {
        given().get("/articles/" + f.articleA).then().statusCode(200)
                .body(containsString("<mark class=\"content\" data-claim=\"c1\""))
                .body(containsString("href=\"/claims/" + f.signedClaim + "\""));
    }

    @Test
    void storyPageShowsALinkStoredAfterItWasFirstRead() {
        String path = "/stories/" + f.storyId;
        String tagBefore = given().get(path).then().statusCode(200).extract().header("ETag");
        assertThat(html(path)).doesNotContain("data-relation=\"conflict\"");
        fixture.linkSupportToSigned();
        assertThat(html(path)).contains("data-relation=\"conflict\"");
        // A browser holding the page from before the change gets the new one, not a 304.
        given().header("If-None-Match", tagBefore).get(path).then().statusCode(200)
                .header("ETag", not(equalTo(tagBefore))).body(containsString("data-relation=\"conflict\""));
    }

    @Test
    void aRenderedStoryPageIsServedAsIsInTheReadersLanguageWithoutSettingCookies() {
        String path = "/stories/" + f.storyId;
        String first = html(path);
        for (int i = 0; i < 3; i++) {
            var again = given().get(path).then().statusCode(200).contentType(containsString("text/html")).extract();
            assertThat(again.asString()).isEqualTo(first);
            assertThat(again.headers().getValues("Set-Cookie")).as("a page held for every reader sets no cookie").isEmpty();
        }
        given().cookie("mizan-lang", "en").get(path).then().statusCode(200);
        given().cookie("mizan-lang", "en").get(path).then().statusCode(200)
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"));
        // The switch itself still goes through the page resource, which remembers the choice.
        given().get(path + "?lang=en").then().statusCode(200).cookie("mizan-lang", "en")
                .body(containsString("<html lang=\"en\" dir=\"ltr\">"));
        given().get("/stories/not-a-number").then().statusCode(404);
    }

    @Test
    void storyPageGoesGzippedToBrowsersThatAskAndIsRevalidatedByItsTag() throws java.io.IOException {
        String path = "/stories/" + f.storyId;
        // No decoder: the client sends exactly the Accept-Encoding given here and gets the bytes as sent.
        var raw = io.restassured.RestAssured.config().decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());
        var plain = given().config(raw).get(path).then().statusCode(200)
                .header("Content-Encoding", nullValue()).header("Cache-Control", "no-cache").extract();
        var zipped = given().config(raw).header("Accept-Encoding", "gzip, deflate, br").get(path).then().statusCode(200)
                .header("Content-Encoding", "gzip").header("Vary", containsString("Accept-Encoding")).extract();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.asByteArray()))) {
            assertThat(in.readAllBytes()).as("the gzipped page, inflated").isEqualTo(plain.asByteArray());
        }
        assertThat(plain.asString()).contains("وقعت على الاتفاق");
        String tag = plain.header("ETag");
        assertThat(tag).isNotBlank().isEqualTo(zipped.header("ETag"));

        var notModified = given().config(raw).header("If-None-Match", tag).get(path).then().statusCode(304).header("ETag", tag).extract();
        assertThat(notModified.asByteArray()).isEmpty();
        given().config(raw).header("If-None-Match", "W/\"another\"").get(path).then().statusCode(200);
    }

    @Test
    void deletingAnArticleTakesItsLinksAndEmptiedStoriesWithIt() {
        long article = fixture.storeDisposable();
        fixture.indexed();
        given().get("/api/claims/" + f.signedClaim).then().statusCode(200).body("links.relation", hasItem("agree"));
        assertThat(given().get("/api/stories").then().extract().jsonPath().getList("items.title")).contains("تعليق على الاتفاق");

        assertThat(articles.delete(article)).isTrue();

        given().get("/api/claims/" + f.signedClaim).then().statusCode(200).body("links.relation", not(hasItem("agree")));
        assertThat(given().get("/api/stories").then().extract().jsonPath().getList("items.title")).doesNotContain("تعليق على الاتفاق");
        assertThat(html("/stories/" + f.storyId)).contains("وقعت على الاتفاق");
    }

    @Test
    void anOutletPageCountsHowItsClaimsRelateToOtherOutletsAndIsLinkedFromArticleAndClaimPages() {
        String href = org.mizan.web.outlet.OutletLinks.outletHref("صحيفة الميزان التجريبية");
        assertThat(html("/articles/" + f.articleA)).contains("href=\"" + href + "\"");
        assertThat(html("/claims/" + f.signedClaim)).contains("href=\"" + href + "\"");
        String page = given().urlEncodingEnabled(false).get(href).then().statusCode(200).extract().asString();
        assertThat(page).contains("href=\"/articles/" + f.articleA + "\"").contains("href=\"/stories/" + f.storyId + "\"");
        // The signing claim contrasts with, and the support claim agrees with, a claim of the agency.
        assertThat(page).contains("<li data-relation=\"contrast\">").contains("<li data-relation=\"agree\">")
                .contains("<bdi>وكالة الأنباء التجريبية</bdi></a> (1)");
        String english = given().urlEncodingEnabled(false).get(href + "?lang=en").then().statusCode(200).extract().asString();
        assertThat(english).contains("What it reported");
    }

    @Test
    void listsAreKeysetPagesWithTotals() {
        String first = html("/articles?cursor=");
        assertThat(first).contains("href=\"/articles/" + f.articleA + "\"");
        given().get("/api/articles?limit=1").then().statusCode(200).body("items", hasSize(1))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(3)).body("next", not(nullValue()));
        given().get("/api/articles?limit=1&cursor=%%%").then().statusCode(400).body("error", equalTo("bad cursor"));
        given().get("/speakers/" + f.haddad + "?cursor=garbage").then().statusCode(400);
    }

    @Test
    void unknownIdsAreNotFound() {
        given().get("/claims/999999").then().statusCode(404);
        given().get("/stories/999999").then().statusCode(404);
        given().get("/api/speakers/999999").then().statusCode(404).body("error", not(equalTo(null)));
    }
}

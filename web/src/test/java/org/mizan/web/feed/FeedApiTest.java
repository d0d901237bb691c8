package org.mizan.web.feed;

import org.mizan.web.admin.AdminSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.web.fetch.FetchApiTest;
import org.mizan.web.fetch.LocalSite;
import org.mizan.web.fetch.LocalSitesProfile;
import org.mizan.web.fetch.NewsSite;

@QuarkusTest
@TestProfile(LocalSitesProfile.class)
class FeedApiTest {

    static LocalSite site;

    @Inject
    FeedPoller poller;

    @BeforeAll
    static void startSite() {
        site = new LocalSite()
                .html("/f/bridge.html", NewsSite.BRIDGE)
                .html("/f/school.html", NewsSite.SCHOOL)
                .html("/f/market.html", NewsSite.MARKET)
                .html("/f/fr.html", NewsSite.FRENCH)
                .page("/f/trees.html", "text/html", NewsSite.windows1256(true))
                .slow("/f/slow.html", 12_000);
        site.page("/rss.xml", "application/rss+xml; charset=utf-8",
                        NewsSite.rss(site, "/f/bridge.html", "/f/school.html", "/f/market.html").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .page("/atom.xml", "application/atom+xml", NewsSite.atom("f/fr.html", "f/trees.html").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .page("/mixed.xml", "application/rss+xml",
                        NewsSite.rss(site, "/f/slow.html", "/f/bridge.html").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .html("/not-a-feed.xml", "<html><body><p>ليست خلاصة</p></body></html>");
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @AfterEach
    void unfollowAllAndForgetTheArticles() {
        for (Object id : admin().get("/api/feeds").jsonPath().getList("id")) {
            admin().delete("/api/feeds/" + id);
        }
        FetchApiTest.deleteAllArticles();
    }

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", AdminSession.PASSWORD);
    }

    static long follow(String path, int everyMinutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", site.url(path));
        body.put("outlet", "موقع الاختبار");
        body.put("everyMinutes", everyMinutes);
        return admin().contentType(ContentType.JSON).body(body).post("/api/feeds")
                .then().statusCode(201).body("url", equalTo(site.url(path))).body("articlesStored", equalTo(0))
                .extract().jsonPath().getLong("id");
    }

    /** As API clients call it: JSON, no body needed (a POST without any content type is refused by the CSRF filter). */
    static JsonPath poll(long id) {
        return admin().contentType(ContentType.JSON).post("/api/feeds/" + id + "/poll").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void pollingAnRssFeedStoresEachNewItemOnceAndSkipsThemAfter() {
        long id = follow("/rss.xml", 15);
        int marketBefore = site.hits("/f/market.html");
        int feedBefore = site.hits("/rss.xml");
        JsonPath first = poll(id);
        assertThat(first.getInt("articlesStored")).isEqualTo(3);
        assertThat(first.getString("lastError")).isNull();
        assertThat(first.getString("lastPolledAt")).isNotNull();
        assertThat(site.hits("/f/market.html")).isEqualTo(marketBefore + 1);

        JsonPath second = poll(id);
        assertThat(second.getInt("articlesStored")).isEqualTo(3);
        assertThat(site.hits("/f/market.html")).as("an item stored by its address is not fetched again").isEqualTo(marketBefore + 1);
        assertThat(site.hits("/rss.xml")).isEqualTo(feedBefore + 2);

        assertThat(FetchApiTest.storedLanguages()).containsOnlyKeys(site.url("/f/bridge.html"), site.url("/f/school.html"),
                site.url("/f/market.html"));
        admin().get("/api/feeds").then().statusCode(200).body("find { it.id == " + id + " }.articlesStored", equalTo(3));
    }

    @Test
    void pollingAnAtomFeedResolvesRelativeLinksAndReadsAnyLanguageAndCharset() {
        long id = follow("/atom.xml", 30);
        assertThat(poll(id).getInt("articlesStored")).isEqualTo(2);
        assertThat(FetchApiTest.storedLanguages()).containsExactlyInAnyOrderEntriesOf(
                Map.of(site.url("/f/fr.html"), "fr", site.url("/f/trees.html"), "ar"));
    }

    @Test
    void aFailingFeedKeepsItsErrorBacksOffAndNeverStopsTheOthers() throws Exception {
        long broken = follow("/missing.xml", 10);
        long notAFeed = follow("/not-a-feed.xml", 10);
        long healthy = follow("/rss.xml", 10);
        Instant now = Instant.now();
        for (Future<?> f : poller.pollDue(now)) {
            f.get();
        }
        JsonPath missing = admin().get("/api/feeds/" + broken).jsonPath();
        assertThat(missing.getString("lastError")).contains("404");
        assertThat(missing.getInt("failures")).isEqualTo(1);
        Instant polledAt = Instant.parse(missing.getString("lastPolledAt"));
        assertThat(Duration.between(polledAt, Instant.parse(missing.getString("nextPollAt")))).isEqualTo(Duration.ofMinutes(20));
        assertThat(admin().get("/api/feeds/" + notAFeed).jsonPath().getString("lastError")).contains("not a feed");
        assertThat(admin().get("/api/feeds/" + healthy).jsonPath().getString("lastError")).isNull();
        assertThat(admin().get("/api/feeds/" + healthy).jsonPath().getString("lastPolledAt")).isNotNull();

        // Not due again until its back-off is over; a second failure doubles it.
        int hits = site.hits("/missing.xml");
        assertThat(poller.pollDue(now.plus(Duration.ofMinutes(5)))).isEmpty();
        assertThat(site.hits("/missing.xml")).isEqualTo(hits);
        JsonPath again = poll(broken);
        assertThat(again.getInt("failures")).isEqualTo(2);
        assertThat(Duration.between(Instant.parse(again.getString("lastPolledAt")), Instant.parse(again.getString("nextPollAt"))))
                .isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void anItemThatFailsIsNamedAndTheOtherItemsAreStored() {
        long id = follow("/mixed.xml", 15);
        JsonPath polled = poll(id);
        assertThat(polled.getString("lastError")).isNull();
        assertThat(polled.getString("lastItemErrors")).startsWith("1 of 2 items failed").contains("/f/slow.html");
        assertThat(FetchApiTest.storedLanguages()).containsOnlyKeys(site.url("/f/bridge.html"));
    }

    @Test
    void refusesBadFeedsDuplicatesAndAnonymousCallers() {
        admin().contentType(ContentType.JSON).body(Map.of("url", "ftp://example.org/feed")).post("/api/feeds")
                .then().statusCode(422).body("error", equalTo("url refused"));
        admin().contentType(ContentType.JSON).body(Map.of("url", site.url("/rss.xml"), "everyMinutes", 0)).post("/api/feeds")
                .then().statusCode(422).body("error", equalTo("bad everyMinutes"));
        long id = follow("/rss.xml", 15);
        admin().contentType(ContentType.JSON).body(Map.of("url", site.url("/rss.xml"))).post("/api/feeds")
                .then().statusCode(409);
        given().get("/api/feeds").then().statusCode(401);
        given().post("/api/feeds/" + id + "/poll").then().statusCode(401);
        admin().delete("/api/feeds/" + id).then().statusCode(204);
        admin().delete("/api/feeds/" + id).then().statusCode(404);
        admin().contentType(ContentType.JSON).post("/api/feeds/" + id + "/poll").then().statusCode(404).body("error", equalTo("not found"));
        admin().get("/api/feeds").then().statusCode(200).body("size()", equalTo(0)).body("[0]", nullValue());
    }
}

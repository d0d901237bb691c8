package org.mizan.web.fetch;

import org.mizan.web.admin.AdminSession;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default configuration: private addresses are refused, whether asked for or reached by redirect. */
@QuarkusTest
class PrivateAddressRefusedTest {

    static LocalSite site;

    @BeforeAll
    static void startSite() {
        site = new LocalSite().html("/news/bridge.html", NewsSite.BRIDGE).page("/feed.xml", "application/rss+xml",
                "<rss version=\"2.0\"><channel><title>t</title></channel></rss>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @Test
    void refusesToFetchFromLoopbackByAddressOrByName() {
        for (String url : new String[]{site.url("/news/bridge.html"), site.url("/news/bridge.html").replace("127.0.0.1", "localhost"),
                "http://[::1]:9/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/"}) {
            given().auth().preemptive().basic("admin", AdminSession.PASSWORD).contentType(ContentType.JSON).body(Map.of("url", url))
                    .post("/api/articles/fetch").then().statusCode(422).body("error", equalTo("url refused"))
                    .body("detail", containsString("non-public"));
        }
        assertThat(site.hits("/news/bridge.html")).isZero();
    }

    @Test
    void aFeedOnAPrivateAddressShowsWhyItIsNotPolled() {
        long id = given().auth().preemptive().basic("admin", AdminSession.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("url", site.url("/feed.xml"))).post("/api/feeds").then().statusCode(201).extract().jsonPath().getLong("id");
        try {
            given().auth().preemptive().basic("admin", AdminSession.PASSWORD).contentType(ContentType.JSON).post("/api/feeds/" + id + "/poll")
                    .then().statusCode(200).body("lastError", containsString("url refused")).body("failures", equalTo(1));
            assertThat(site.hits("/feed.xml")).isZero();
        } finally {
            given().auth().preemptive().basic("admin", AdminSession.PASSWORD).delete("/api/feeds/" + id);
        }
    }
}

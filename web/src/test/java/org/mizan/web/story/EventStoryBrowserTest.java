package org.mizan.web.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mizan.web.BrowserJourney;
import org.mizan.web.admin.AdminSession;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A reader in headless Chromium sees one event as one story, its reports grouped by outlet and a
 * reprinted wire sentence shown once with the outlets that carried it: first on articles written for the
 * test, then on one real event of the development corpus (read at test time from ../shared/dev-links,
 * never copied here; skipped when it is absent). Screenshots under target/screenshots/event-*.png.
 */
@QuarkusTest
class EventStoryBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theStrikeIsOneStoryWithTheWireSentenceOnceAndItsReportsByOutlet() {
        List<Long> ids = PortStrike.storeAll();
        try (BrowserJourney browser = new BrowserJourney()) {
            long story = PortStrike.storyOf(ids.get(0));
            WebDriver driver = browser.driver();
            driver.get(base + "stories/" + story);
            browser.screenshot("event-strike");
            List<WebElement> reprinted = driver.findElements(By.cssSelector("ul.reprinted li.report"));
            assertThat(reprinted).as("the wire sentence shown once").hasSize(1);
            assertThat(reprinted.get(0).getAttribute("data-outlets")).isEqualTo("3");
            assertThat(reprinted.get(0).findElements(By.cssSelector("bdi.outlet")).stream().map(WebElement::getText))
                    .containsExactlyInAnyOrder("صحيفة الشمال", "موقع الجنوب", "قناة الوسط");
            assertThat(driver.findElements(By.cssSelector("section.outlet")).stream().map(s -> s.getAttribute("data-outlet")))
                    .containsExactlyInAnyOrder("صحيفة الشمال", "موقع الجنوب", "قناة الوسط");
            String page = driver.findElement(By.tagName("body")).getText();
            assertThat(page).doesNotContain("معرض الكتاب").doesNotContain("كريم الحداد");
        } finally {
            PortStrike.deleteAll(ids);
        }
    }

    /** The dev corpus, found from the module directory or the worktree. */
    private static Path devArticles() {
        return Stream.of(Path.of("..", "..", "shared"), Path.of("..", "shared"), Path.of("/work/shared"))
                .map(p -> p.resolve("dev-links").resolve("articles.jsonl")).filter(Files::isRegularFile).findFirst().orElse(null);
    }

    @Test
    void oneRealEventOfTheDevCorpusIsOneStoryWithItsReportsByOutlet() throws IOException {
        Path file = devArticles();
        assumeTrue(file != null, "../shared/dev-links is not here");
        // The event: the articles whose headline names the canal opening (a word pair, not a sentence); and,
        // as distractors, the first articles of the same days that never mention the canal.
        String event = "قناة السويس";
        String eventWord = "السويس";
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> members = new ArrayList<>();
        List<JsonNode> distractors = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode row = json.readTree(line);
            String title = row.path("title").asText("");
            if (title.contains(event)) {
                members.add(row);
            } else if (distractors.size() < 4 && !title.contains(eventWord) && !row.path("body").asText("").contains(eventWord)) {
                distractors.add(row);
            }
        }
        assumeTrue(members.size() >= 4, "the dev corpus holds the event");
        Map<Long, String> outletOf = new HashMap<>();
        List<Long> memberIds = new ArrayList<>();
        List<Long> distractorIds = new ArrayList<>();
        try {
            for (JsonNode row : members) {
                long id = storeDev(row);
                memberIds.add(id);
                outletOf.put(id, row.path("outlet").asText());
            }
            for (JsonNode row : distractors) {
                distractorIds.add(storeDev(row));
            }
            Map<Long, Integer> storyCount = new HashMap<>();
            for (long id : memberIds) {
                storyCount.merge(storyOf(id), 1, Integer::sum);
            }
            long story = storyCount.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            // Stories favour precision: a headline naming the canal with a lead on something else may stay apart.
            assertThat(storyCount.get(story)).as("the event's articles in its story").isGreaterThan(members.size() / 2);
            for (long id : distractorIds) {
                long other = storyOf(id);
                assertThat(other).as("an article that never names the canal").isNotEqualTo(story);
            }
            String title = AdminSession.api().get("/api/stories/" + story).jsonPath().getString("title");
            List<String> titles = AdminSession.api().get("/api/stories?limit=100").jsonPath().getList("items.title", String.class);
            assertThat(titles.stream().filter(title::equals)).as("one story under the event's title").hasSize(1);

            Set<String> outlets = new LinkedHashSet<>();
            memberIds.stream().filter(id -> storyOf(id) == story).forEach(id -> outlets.add(outletOf.get(id)));
            assertThat(AdminSession.api().get("/api/stories/" + story).jsonPath().getList("sources", String.class))
                    .as("the story's outlets").containsAll(outlets);
            // The page shows one page of the story's statements, newest first: its reports grouped by the
            // outlets of that page, as the API's page of the same size gives them.
            List<String> pageOutlets = AdminSession.api().get("/api/stories/" + story + "?limit=" + StoryComparison.PAGE)
                    .jsonPath().getList("byOutlet.outlet", String.class);
            assertThat(pageOutlets).hasSizeGreaterThanOrEqualTo(2);
            assertThat(outlets).containsAll(pageOutlets);
            try (BrowserJourney browser = new BrowserJourney()) {
                WebDriver driver = browser.driver();
                driver.get(base + "stories/" + story);
                browser.screenshot("event-dev");
                assertThat(driver.findElements(By.cssSelector("section.outlet")).stream().map(s -> s.getAttribute("data-outlet")))
                        .as("the story's reports grouped by outlet").containsExactlyInAnyOrderElementsOf(pageOutlets);
            }
        } finally {
            PortStrike.deleteAll(memberIds);
            PortStrike.deleteAll(distractorIds);
        }
    }

    private static long storeDev(JsonNode row) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", row.path("body").asText());
        body.put("title", row.path("title").asText());
        body.put("outlet", row.path("outlet").asText());
        body.put("publishedOn", row.path("date").asText().substring(0, 10));
        return AdminSession.api().contentType(ContentType.JSON).body(body).post("/api/articles")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The article's story, or -id when its claims are in none (an event of fewer than two claims). */
    private static long storyOf(long articleId) {
        List<Integer> claims = AdminSession.api().get("/api/articles/" + articleId).jsonPath().getList("claims.id", Integer.class);
        for (Integer c : claims) {
            List<Integer> stories = AdminSession.api().get("/api/claims/" + c).jsonPath().getList("stories.id", Integer.class);
            if (!stories.isEmpty()) {
                return stories.get(0);
            }
        }
        return -articleId;
    }
}

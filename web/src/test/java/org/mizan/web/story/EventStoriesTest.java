package org.mizan.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.web.admin.AdminSession;

/** Stories are events: one story per happening across outlets, reprints as one report, nothing left behind. */
@QuarkusTest
class EventStoriesTest {

    @Test
    void oneEventFromThreeOutletsIsOneStoryWithTheReprintAsOneReportAndTheUnrelatedArticleOutside() {
        List<Long> ids = PortStrike.storeAll();
        try {
            long story = PortStrike.storyOf(ids.get(0));
            assertThat(PortStrike.storyOf(ids.get(1))).isEqualTo(story);
            assertThat(PortStrike.storyOf(ids.get(2))).isEqualTo(story);
            List<Integer> unrelatedClaims = AdminSession.api().get("/api/articles/" + ids.get(3)).jsonPath().getList("claims.id", Integer.class);
            assertThat(unrelatedClaims).isNotEmpty();

            JsonPath detail = AdminSession.api().get("/api/stories/" + story).then().statusCode(200).extract().jsonPath();
            assertThat(detail.getList("claims.id", Integer.class)).doesNotContainAnyElementsOf(unrelatedClaims);
            assertThat(detail.getString("title")).contains("ميناء الرمال");
            assertThat(detail.getList("reprinted.outlets", List.class)).as("the wire sentence, carried by three outlets")
                    .anySatisfy(outlets -> assertThat(outlets).containsExactlyInAnyOrder("صحيفة الشمال", "موقع الجنوب", "قناة الوسط"));
            assertThat(detail.getList("byOutlet.outlet", String.class))
                    .containsExactlyInAnyOrder("صحيفة الشمال", "موقع الجنوب", "قناة الوسط");
            // Each reprint's markup lists where the statement appeared: its own article and the reprints it is linked to.
            java.util.Set<String> appeared = new java.util.HashSet<>();
            for (Integer wire : detail.getList("reprinted.find { it.outlets.size() == 3 }.claims", Integer.class)) {
                List<String> publishers = AdminSession.api().get("/claims/" + wire + ".jsonld").then().statusCode(200).extract().jsonPath()
                        .getList("appearance.publisher.name", String.class);
                assertThat(publishers).hasSizeGreaterThan(1);
                appeared.addAll(publishers);
            }
            assertThat(appeared).containsExactlyInAnyOrder("صحيفة الشمال", "موقع الجنوب", "قناة الوسط");
        } finally {
            PortStrike.deleteAll(ids);
        }
    }

    @Test
    void removingTheArticlesOfAnEventLeavesNoGhostStoryNorEvent() {
        List<Long> ids = PortStrike.storeAll();
        long story = PortStrike.storyOf(ids.get(0));
        AdminSession.api().delete("/api/articles/" + ids.get(0)).then().statusCode(204);
        assertThat(PortStrike.storyOf(ids.get(1))).as("the story keeps its address while articles remain").isEqualTo(story);
        PortStrike.deleteAll(ids.subList(1, ids.size()));

        AdminSession.api().get("/api/stories/" + story).then().statusCode(404);
        QuarkusTransaction.requiringNew().run(() -> {
            var em = StoryEntity.getEntityManager();
            assertThat(em.createNativeQuery("select count(*) from story_event_article where article_id in (?1)")
                    .setParameter(1, ids).getSingleResult()).isEqualTo(0L);
            assertThat(em.createNativeQuery("select count(*) from story_event_key where article_id in (?1)")
                    .setParameter(1, ids).getSingleResult()).isEqualTo(0L);
            assertThat(em.createNativeQuery("select count(*) from story s where not exists"
                    + " (select 1 from story_claim sc where sc.StoryEntity_id = s.id)").getSingleResult())
                    .as("stories without claims").isEqualTo(0L);
        });
    }
}

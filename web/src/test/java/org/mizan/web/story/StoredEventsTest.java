package org.mizan.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.core.story.ArticleProfile;
import org.mizan.core.story.EventClusterer;
import org.mizan.core.story.EventKeys;

/** Merging and splitting events in the database leave no event behind that holds nothing, and no stale key. */
@QuarkusTest
class StoredEventsTest {

    private static final LocalDate DAY = LocalDate.of(2031, 5, 1);
    private final EventClusterer clusterer = EventClusterer.standard();

    private static ArticleProfile article(long id, Map<String, Double> terms) {
        return new ArticleProfile(Long.toString(id), "منفذ", DAY, "عنوان", terms, Set.of("شخص مختبر"));
    }

    @Test
    void aBridgeMergesTwoEventsAndItsRemovalSplitsThemWithNoGhost() {
        long a = 990_000_001L;
        long b = 990_000_002L;
        long bridge = 990_000_003L;
        QuarkusTransaction.requiringNew().run(() -> {
            StoredEvents events = new StoredEvents(StoryEntity.getEntityManager());
            String first = clusterer.place(article(a, Map.of("سد", 1.0, "صخر", 1.0)), events).changed().iterator().next();
            String second = clusterer.place(article(b, Map.of("عين", 1.0, "فجر", 1.0)), events).changed().iterator().next();
            assertThat(first).isNotEqualTo(second);

            EventClusterer.Change merge = clusterer.place(article(bridge, Map.of("سد", 1.0, "صخر", 1.0, "عين", 1.0, "فجر", 1.0)), events);
            assertThat(merge.removed()).hasSize(1);
            String gone = merge.removed().iterator().next();
            assertThat(events.event(gone).orElseThrow().members()).as("the merged-away event").isEmpty();
            String merged = merge.changed().iterator().next();
            assertThat(events.articles(merged)).containsExactlyInAnyOrder(a, b, bridge);
            assertThat(events.candidates(EventKeys.of(article(1, Map.of("عين", 1.0))), DAY, DAY))
                    .extracting(e -> e.id()).containsExactly(merged);

            EventClusterer.Change split = clusterer.remove(Long.toString(bridge), events);
            assertThat(split.changed()).hasSize(2);
            List<String> parts = List.copyOf(split.changed());
            assertThat(events.articles(parts.get(0))).hasSize(1);
            assertThat(events.articles(parts.get(1))).hasSize(1);

            clusterer.remove(Long.toString(a), events);
            clusterer.remove(Long.toString(b), events);
            assertThat(StoryEntity.getEntityManager().createNativeQuery(
                    "select count(*) from story_event_key where article_id in (?1)").setParameter(1, List.of(a, b, bridge))
                    .getSingleResult()).isEqualTo(0L);
        });
    }
}

package org.mizan.web.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two Mizan processes on one PostgreSQL database (H2 opens its file for one process, so this runs in the
 * PostgreSQL pass of CI only): a story page one of them has cached is current as soon as the other has
 * stored an article into the story, and an article stored by one links to what the other stored.
 */
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachServesCurrentPagesAndLinksAfterTheOtherWrites() throws Exception {
        assumeTrue(AppProcess.postgresql(), "two processes share a database on PostgreSQL only");
        Path data = Path.of("target", "two-instances-data");
        CrashRecoveryIT.deleteTree(data);
        Files.createDirectories(data.resolve("a"));
        Files.createDirectories(data.resolve("b"));
        List<WrittenCorpus.Item> corpus = WrittenCorpus.items();
        // The last agreement's three reports, with a line of their own: earlier tests may have stored the originals.
        WrittenCorpus.Item first = ownCopy(corpus.get(21));
        WrittenCorpus.Item second = ownCopy(corpus.get(22));
        WrittenCorpus.Item third = ownCopy(corpus.get(23));
        try (AppProcess a = AppProcess.start(data.resolve("a"), AppProcess.freePort(), "two-a");
             AppProcess b = AppProcess.start(data.resolve("b"), AppProcess.freePort(), "two-b")) {
            assertThat(a.post(first).statusCode()).isEqualTo(201);
            assertThat(b.post(second).statusCode()).as("b stores after a: it links to a's article").isEqualTo(201);
            long story = storyOfEvent(a, first.title().substring(0, first.title().indexOf(':')));

            String before = b.get("stories/" + story).body();
            assertThat(b.get("stories/" + story).body()).isEqualTo(before);
            assertThat(before).doesNotContain(third.outlet());

            assertThat(a.post(third).statusCode()).isEqualTo(201);
            assertThat(b.get("stories/" + story).body()).as("b's page right after a stored").contains(third.outlet());
        }
    }

    private static WrittenCorpus.Item ownCopy(WrittenCorpus.Item item) {
        return new WrittenCorpus.Item(item.title(), item.text() + "\nوأضاف مراسلنا أن الجلسة الثانية تأجلت.", item.outlet(), item.publishedOn());
    }

    /**
     * The story (as the other process reads it) of the event these reports share: its title is one of their
     * headlines (all begin with the topic), and both articles' claims are in it.
     */
    private static long storyOfEvent(AppProcess app, String topic) throws Exception {
        for (JsonNode story : app.every("api/stories")) {
            if (story.path("title").asText().startsWith(topic)) {
                assertThat(story.path("sources").toString()).contains("صحيفة").contains("وكالة");
                return story.path("id").asLong();
            }
        }
        throw new AssertionError("no story about " + topic);
    }
}

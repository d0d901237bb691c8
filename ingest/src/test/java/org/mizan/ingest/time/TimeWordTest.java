package org.mizan.ingest.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.core.text.ArabicFolding;

class TimeWordTest {

    @Test
    void everyClassHasWordsWrittenFolded() {
        Set<TimeWord> written = Set.of(TimeWord.DATELINE_PREPOSITION_WRITTEN); // matched before folding
        for (TimeWord c : TimeWord.values()) {
            assertThat(c.words()).as(c.name()).isNotEmpty();
            for (String w : c.words()) {
                if (!written.contains(c)) {
                    assertThat(ArabicFolding.fold(w)).as(c + " " + w).isEqualTo(w);
                }
            }
        }
        assertThat(TimeWord.DATELINE_PREPOSITION_WRITTEN.words()).contains("فى", "في");
        assertThat(TimeWord.HIJRI_MARK.words()).isSubsetOf(TimeWord.ERA_MARK.words());
    }
}

package org.mizan.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mizan.core.text.ArabicFolding;

class DocumentWordTest {

    @Test
    void everyClassHasWordsWrittenFolded() {
        for (DocumentWord c : DocumentWord.values()) {
            assertThat(c.list()).as(c.name()).isNotEmpty();
            if (c != DocumentWord.PERSO_URDU_LETTER) { // letters Arabic folding does not know
                for (String w : c.list()) {
                    assertThat(ArabicFolding.fold(w)).as(c + " " + w).isEqualTo(w);
                }
            }
        }
        assertThat(DocumentWord.PERSO_URDU_LETTER.list()).allSatisfy(l -> assertThat(l).hasSize(1));
        assertThat(DocumentWord.STAFF_CREDIT.prefixes(ArabicFolding.fold("تحرير الموقع"))).isTrue();
    }
}

package org.mizan.ingest.proposition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mizan.core.text.ArabicFolding;

class PropositionWordTest {

    @Test
    void everyClassHasWordsAndMatchesFoldedText() {
        for (PropositionWord c : PropositionWord.values()) {
            assertThat(c.words()).as(c.name()).isNotEmpty();
            for (String w : c.words()) {
                assertThat(ArabicFolding.fold(w)).as(c + " " + w).isEqualTo(w);
            }
        }
        // the file writes words as in text (أمس, إليه); lookups see them folded
        assertThat(PropositionWord.TIME_WORD.has(ArabicFolding.fold("أمس"))).isTrue();
        assertThat(PropositionWord.PREPOSITION_PRONOUN.has(ArabicFolding.fold("إليه"))).isTrue();
        assertThat(PropositionWord.TIME_WORD.has("أمس")).isFalse();
        assertThat(PropositionWord.CONJUNCTION.isLetter('ف')).isTrue();
    }
}

package org.mizan.core.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasonWordTest {

    @Test
    void everyClassHoldsOnePhraseWithoutOuterSpaces() {
        for (ReasonWord c : ReasonWord.values()) {
            assertThat(c.list()).as(c.name()).hasSize(1);
            assertThat(c.word()).as(c.name()).isEqualTo(c.word().strip()).isNotEmpty();
        }
    }
}

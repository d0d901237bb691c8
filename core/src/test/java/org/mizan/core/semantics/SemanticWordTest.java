package org.mizan.core.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mizan.core.text.ArabicFolding;

class SemanticWordTest {

    @Test
    void everyClassHasWordsKeptFolded() {
        for (SemanticWord c : SemanticWord.values()) {
            assertThat(c.list()).as(c.name()).isNotEmpty();
            for (String w : c.list()) {
                assertThat(ArabicFolding.fold(w)).as(c + " " + w).isEqualTo(w);
            }
        }
    }

    @Test
    void classesHoldTheWordsTheirNamesSay() {
        assertThat(SemanticWord.NEGATOR.has(ArabicFolding.fold("لن"))).isTrue();
        assertThat(SemanticWord.COMPLEMENTISER.has(ArabicFolding.fold("إنها"))).isTrue();
        assertThat(SemanticWord.NEGATOR.has("كتب")).isFalse();
        assertThat(SemanticWord.CONJUNCTION.isLetter('و')).isTrue();
        assertThat(SemanticWord.TOKENIZER_PREFIX.list().get(0)).hasSize(3); // longest prefixes are tried first
    }
}

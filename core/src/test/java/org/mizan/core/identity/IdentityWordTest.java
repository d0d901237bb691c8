package org.mizan.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mizan.core.text.ArabicFolding;

class IdentityWordTest {

    @Test
    void everyClassHasWordsKeptFolded() {
        for (IdentityWord c : IdentityWord.values()) {
            assertThat(c.list()).as(c.name()).isNotEmpty();
            for (String w : c.list()) {
                assertThat(ArabicFolding.fold(w)).as(c + " " + w).isEqualTo(w);
            }
        }
        assertThat(IdentityWord.SOUND_FROM.list()).hasSameSizeAs(IdentityWord.SOUND_TO.list());
    }

    @Test
    void verbalNounPatternsMatchByShape() {
        assertThat(IdentityWord.VERBAL_NOUN_PATTERN.shapes(ArabicFolding.fold("إعلان"))).isTrue();
        assertThat(IdentityWord.VERBAL_NOUN_PATTERN.shapes("انسحاب")).isTrue();
        assertThat(IdentityWord.VERBAL_NOUN_PATTERN.shapes("استقبال")).isTrue();
        assertThat(IdentityWord.VERBAL_NOUN_PATTERN.shapes("تحقيق")).isTrue();
        assertThat(IdentityWord.VERBAL_NOUN_PATTERN.shapes("دخول")).isTrue();
        // a present verb has the letters of فعول but opens with its prefix
        assertThat(IdentityWord.VERBAL_NOUN_PATTERN.shapes("يقول")).isFalse();
        assertThat(IdentityWord.VERBAL_NOUN_PATTERN.shapes("كتاب")).isFalse();
    }
}

package org.mizan.core.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mizan.core.text.ArabicFolding;

class LinkWordTest {

    @Test
    void everyClassHasWordsWrittenFolded() {
        for (LinkWord c : LinkWord.values()) {
            assertThat(c.words()).as(c.name()).isNotEmpty();
            for (String w : c == LinkWord.PREDICATE_PREPOSITION ? Set.<String>of() : c.words()) {
                assertThat(ArabicFolding.fold(w)).as(c + " " + w).isEqualTo(w);
            }
        }
        assertThat(LinkWord.STOP_WORD.words()).contains(ArabicFolding.fold("إلى"));
        assertThat(LinkWord.PROCLITIC_LETTER.isLetter('ب')).isTrue();
        // written as predicate nouns end in predicates.tsv (with hamza and the tatweel of a joined preposition)
        assertThat(LinkWord.PREDICATE_PREPOSITION.words()).contains("إلى", "بـ");
        assertThat(LinkReasons.head("التوقيع على")).isEqualTo("التوقيع");
    }
}

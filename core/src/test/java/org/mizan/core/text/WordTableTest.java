package org.mizan.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordTableTest {

    enum Sample { FIRST_CLASS, SECOND }

    enum WithEmpty { FIRST_CLASS, NEVER_LISTED }

    @Test
    void readsClassesInFileOrder() {
        WordTable<Sample> table = WordTable.load(Sample.class, "word-table-sample.tsv");
        assertThat(table.list(Sample.FIRST_CLASS)).containsExactly("كتب", "قرأ");
        assertThat(table.has(Sample.SECOND, "مدرسة")).isTrue();
        assertThat(table.has(Sample.SECOND, "مدرسه")).isFalse();
        assertThat(table.startsWithAny(Sample.FIRST_CLASS, "كتبوا")).isTrue();
        assertThat(table.endsWithAny(Sample.SECOND, "المدرسة")).isTrue();
        assertThat(table.only(Sample.SECOND)).isEqualTo("مدرسة");
        assertThatThrownBy(() -> table.only(Sample.FIRST_CLASS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void foldedTablesFoldOnLoad() {
        WordTable<Sample> table = WordTable.loadFolded(Sample.class, "word-table-sample.tsv");
        assertThat(table.has(Sample.SECOND, "مدرسه")).isTrue();
        assertThat(table.list(Sample.FIRST_CLASS)).containsExactly("كتب", "قرا");
    }

    @Test
    void aClassWithoutWordsFailsAtLoad() {
        assertThatThrownBy(() -> WordTable.load(WithEmpty.class, "word-table-sample-one-class.tsv"))
                .hasMessageContaining("NEVER_LISTED");
    }

    @Test
    void anUnknownClassFailsAtLoad() {
        assertThatThrownBy(() -> WordTable.load(WithEmpty.class, "word-table-sample.tsv"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

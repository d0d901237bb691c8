package org.mizan.ingest.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

    private static final Tokenizer TOKENIZER = Tokenizer.standard();

    @ParameterizedTest(name = "{0} = {1}+{2}+{3}+{4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "وقال|و||قال|",
            "والوزير|و|ال|وزير|",
            "فالحكومة|ف|ال|حكومه|",
            "بالنادي||بال|نادي|",
            "للبيان||لل|بيان|",
            "وصفها|||وصف|ها",
            "ولايته|||ولايه|ه",
            "فايز|||فايز|",
            "وليد|||وليد|",
            "ألكسندر|||الكسندر|",
            "كيري|||كيري|",
    })
    void splitsCliticsOnlyWhereAKnownWordRemains(String word, String conj, String prefix, String stem, String suffix) {
        Token t = TOKENIZER.tokenize(word).get(0);

        assertThat(t.conjunction()).isEqualTo(conj == null ? "" : conj);
        assertThat(t.prefix()).isEqualTo(prefix == null ? "" : prefix);
        assertThat(t.stem()).isEqualTo(stem);
        assertThat(t.suffix()).isEqualTo(suffix == null ? "" : suffix);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وقالَ الوزيرُ، «إنّ» الاتفاقَ وُقّع.",
            "ارتفع التضخم إلى 2.5 في المئة و٣٫٧ في العام الماضي.",
            "وأكدت الوزيـــرة أن 40,000 لاجئ عادوا",
    })
    void wordsAreTheSameWordsAsCoreSemanticsTokens(String text) {
        // one definition of a word (ArabicTokenizer.wordEnd): both stages' words have the same offsets
        List<int[]> ours = TOKENIZER.tokenize(text).stream().filter(t -> !t.punctuation())
                .map(t -> new int[] {t.start(), t.end()}).toList();
        List<int[]> core = org.mizan.core.semantics.ArabicTokenizer.tokenize(text).stream()
                .map(t -> new int[] {t.start(), t.end()}).toList();
        assertThat(ours).usingElementComparator(java.util.Arrays::compare).containsExactlyElementsOf(core);
    }

    @Test
    void keepsOriginalOffsetsForWordsAndPunctuation() {
        String text = "وقالَ الوزيرُ، «إنّ» الاتفاقَ وُقّع.";
        List<Token> tokens = TOKENIZER.tokenize(text);

        assertThat(tokens).extracting(Token::text)
                .containsExactly("وقالَ", "الوزيرُ", "،", "«", "إنّ", "»", "الاتفاقَ", "وُقّع", ".");
        assertThat(tokens).allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
        assertThat(tokens.get(0).afterConjunction()).isEqualTo("قال");
        assertThat(tokens.get(2).isComma()).isTrue();
        assertThat(tokens.get(3).isOpeningQuote()).isTrue();
    }
}

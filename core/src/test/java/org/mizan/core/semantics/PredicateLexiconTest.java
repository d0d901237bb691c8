package org.mizan.core.semantics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredicateLexiconTest {

    private final PredicateLexicon lexicon = PredicateLexicon.standard();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "وقع, sign", "وقعت, sign", "وقعوا, sign", "يوقع, sign", "توقعان, sign", "بتوقيع, sign",
            "والتوقيع, sign", "انسحب, withdraw", "ينسحبون, withdraw", "انسحابها, withdraw",
            "غادر, leave", "مغادرة, leave", "استجابتهما, accept", "قبول, accept", "رفضه, reject",
            "يرفضون, reject", "هجوم, attack", "مقتل, kill", "مصرع, kill", "اعتقال, arrest", "فوز, win",
            "ارتفاع, rise", "يرتفع, rise", "يقفز, rise", "انخفاض, fall", "يهبط, fall", "نفت, deny",
            "ينفي, deny", "يبق, stay", "يتدخل, intervene", "مشاركة, participate", "استمرار, continue", "توقف, stop", "زيارة, visit", "وفاة, die", "أغلقت, close",
    })
    void mapsInflectionsAndVerbalNounsToKeys(String word, String key) {
        List<Token> tokens = ArabicTokenizer.tokenize(word);
        assertThat(lexicon.keysOf(tokens.get(0))).contains(key);
    }

    @Test
    void matchesMultiWordPredicatesLongestFirst() {
        String text = "أعلنت الأطراف وقف إطلاق النار، والقائد طلب المزيد من الوقت";
        List<PredicateMention> found = lexicon.find(ArabicTokenizer.tokenize(text));
        assertThat(found).extracting(PredicateMention::key).contains("cease_fire", "request_time");
        assertThat(found).extracting(PredicateMention::key).doesNotContain("stop");
    }

    @ParameterizedTest(name = "{0} is no predicate")
    @CsvSource({"قبل", "الحكومة", "طرابلس", "كلا", "غير"})
    void leavesOtherWordsAlone(String word) {
        assertThat(lexicon.keysOf(ArabicTokenizer.tokenize(word).get(0))).isEmpty();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"rise, fall", "win, lose", "continue, stop", "accept, reject", "announce, retract",
            "open, close", "increase, decrease"})
    void knowsAntonymsBothWays(String a, String b) {
        assertThat(Antonyms.standard().opposite(a, b)).isTrue();
        assertThat(Antonyms.standard().opposite(b, a)).isTrue();
        assertThat(Antonyms.standard().opposite(a, a)).isFalse();
    }

    @Test
    void labelsEveryPredicateKeyInArabicAndEnglish() {
        assertThat(lexicon.allKeys()).contains("sign", "rise", "war", "ratify").hasSizeGreaterThan(90);
        for (String key : lexicon.allKeys()) {
            PredicateLexicon.Label label = lexicon.label(key);
            assertThat(label).as(key).isNotNull();
            for (boolean affirmed : new boolean[] {true, false}) {
                assertThat(label.in("ar", affirmed)).as(key).matches("[\\u0621-\\u0652ـ ]+");
                assertThat(label.in("en", affirmed)).as(key).matches("[a-z ]+");
            }
            assertThat(label.in("ar", false)).as(key).isNotEqualTo(label.in("ar", true));
            assertThat(label.in("en", false)).as(key).isNotEqualTo(label.in("en", true));
        }
        assertThat(lexicon.label("sign").in("ar", false)).isEqualTo("لم يوقّع");
        assertThat(lexicon.label("no_such_key")).isNull();
    }
}

package org.mizan.web.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.claim.MarkedText.Piece;

class ClaimContextTest {

    /** ¶ stands for a line break in the table. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "انتهت الجولة. وقال الوزير إن الاتفاق وقع. ثم غادر الوفد.|وقال|الاتفاق وقع|وقال الوزير إن الاتفاق وقع.",
            "العنوان¶وأكدت الوزارة أن القائد غادر دون توقيع¶المصدر: وكالات|وأكدت|القائد غادر دون توقيع|وأكدت الوزارة أن القائد غادر دون توقيع",
            "هل وقع؟ قال المتحدث إن الحكومة لم توقع بعد! وانتهى اللقاء.|قال|الحكومة لم توقع بعد|قال المتحدث إن الحكومة لم توقع بعد!",
    })
    void theClaimStandsInItsOwnSentence(String paragraphs, String cue, String content, String sentence) {
        String text = paragraphs.replace('¶', '\n');
        List<Piece> pieces = ClaimContext.of(claim(text, cue, content), List.of());
        assertThat(String.join("", pieces.stream().map(Piece::text).toList())).isEqualTo(sentence);
        assertThat(pieces).filteredOn(p -> "content".equals(p.mark())).extracting(Piece::text).containsExactly(content);
        assertThat(pieces).filteredOn(p -> "cue".equals(p.mark())).extracting(Piece::text).containsExactly(cue);
    }

    @Test
    void aRunOnParagraphIsCutAtTheReach() {
        String filler = "كلمة ".repeat(200);
        String text = filler + "وقال الوزير إن الاتفاق وقع " + filler;
        List<Piece> pieces = ClaimContext.of(claim(text, "وقال", "الاتفاق وقع"), List.of());
        int length = pieces.stream().mapToInt(p -> p.text().length()).sum();
        assertThat(length).isLessThanOrEqualTo(2 * ClaimContext.MAX_REACH + "وقال الوزير إن الاتفاق وقع".length());
    }

    private static ClaimEntity claim(String text, String cue, String content) {
        ArticleEntity a = new ArticleEntity();
        a.text = text;
        a.bodyStart = 0;
        a.bodyEnd = text.length();
        ClaimEntity c = new ClaimEntity();
        c.article = a;
        c.cueStart = text.indexOf(cue);
        c.cueEnd = c.cueStart + cue.length();
        c.contentStart = text.indexOf(content);
        c.contentEnd = c.contentStart + content.length();
        return c;
    }
}

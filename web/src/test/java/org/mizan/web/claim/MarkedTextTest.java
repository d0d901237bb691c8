package org.mizan.web.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.web.claim.MarkedText.Piece;
import org.mizan.web.claim.MarkedText.Range;

class MarkedTextTest {

    static final String CONTENT = "غادر حفتر موسكو دون توقيع على الاتفاق";

    @Test
    void marksEvidenceGivenInOffsetsOfTheWholeText() {
        int base = 100;
        int start = base + CONTENT.indexOf("دون توقيع");
        List<Piece> pieces = MarkedText.of(CONTENT, base, List.of(new Range(start, start + "دون توقيع".length(), "evidence")));
        assertThat(pieces).extracting(Piece::text).containsExactly("غادر حفتر موسكو ", "دون توقيع", " على الاتفاق");
        assertThat(pieces).extracting(Piece::mark).containsExactly(null, "evidence", null);
    }

    @Test
    void piecesAlwaysJoinBackToTheText() {
        List<Piece> pieces = MarkedText.of(CONTENT, 0, List.of(new Range(-5, 4, "a"), new Range(3, 9, "b"), new Range(30, 99, "c")));
        assertThat(String.join("", pieces.stream().map(Piece::text).toList())).isEqualTo(CONTENT);
    }

    @Test
    void firstRangeWinsWhereRangesOverlap() {
        List<Piece> pieces = MarkedText.of(CONTENT, 0, List.of(new Range(5, 9, "evidence"), new Range(0, CONTENT.length(), "content")));
        assertThat(pieces).filteredOn(p -> "حفتر".equals(p.text())).extracting(Piece::mark).containsExactly("evidence");
        assertThat(pieces.get(0).mark()).isEqualTo("content");
    }

    @Test
    void rangesOutsideTheTextMarkNothing() {
        assertThat(MarkedText.of(CONTENT, 1000, List.of(new Range(0, 10, "evidence"))))
                .extracting(Piece::marked).containsExactly(false);
    }
}

package org.mizan.web.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which stored claims re-analysis keeps: those whose text it reads again, repeats matched in order. */
class StableClaimsTest {

    @Test
    void keepsTheClaimsWhoseTextComesAgainAndRetiresTheOthers() {
        ClaimEntity same = claim(1L, 0, "قال الوزير إن الجسر سيفتح غدا");
        ClaimEntity changed = claim(2L, 1, "قال النائب إن الموازنة تأخرت");
        ClaimEntity freshSame = claim(null, 1, "قال الوزير إن الجسر سيفتح غدا");
        ClaimEntity freshNew = claim(null, 0, "قال النائب إن الموازنة تأخرت شهرين");

        StableClaims.Succession s = StableClaims.match(List.of(same, changed), List.of(freshNew, freshSame));

        assertThat(s.kept()).containsOnlyKeys(same);
        assertThat(s.kept().get(same)).isSameAs(freshSame);
        assertThat(s.leaving()).containsExactly(changed);
        assertThat(s.leavingIds()).containsExactly(2L);
        assertThat(s.added()).containsExactly(freshNew);
    }

    @Test
    void aSentenceQuotedTwiceKeepsBothIdsInOrderAndAThirdCopyIsNew() {
        ClaimEntity first = claim(5L, 0, "قال المتحدث إن الاجتماع أُجّل");
        ClaimEntity second = claim(6L, 3, "قال المتحدث إن الاجتماع أُجّل");
        ClaimEntity a = claim(null, 0, "قال المتحدث إن الاجتماع أُجّل");
        ClaimEntity b = claim(null, 2, "قال المتحدث إن الاجتماع أُجّل");
        ClaimEntity c = claim(null, 4, "قال المتحدث إن الاجتماع أُجّل");

        StableClaims.Succession s = StableClaims.match(List.of(second, first), List.of(a, b, c));

        assertThat(s.kept().get(first)).isSameAs(a);
        assertThat(s.kept().get(second)).isSameAs(b);
        assertThat(s.added()).containsExactly(c);
        assertThat(s.leaving()).isEmpty();
    }

    private static ClaimEntity claim(Long id, int ordinal, String text) {
        ClaimEntity c = new ClaimEntity();
        c.id = id;
        c.ordinal = ordinal;
        c.contentText = text;
        return c;
    }
}

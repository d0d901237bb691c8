package org.mizan.core.link;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.core.link.ClaimFixtures.*;

/**
 * The seed links (expected.json) from hand-built claims carrying the propositions the golden file
 * lists: both articles stored one after the other through the linker, as the web layer would.
 */
class SeedLinksTest {

    private static List<ClaimLink> linkSeeds() {
        ClaimLinker linker = ClaimLinker.standard();
        List<ClaimLink> links = new java.util.ArrayList<>(linker.store(List.of(partiesAccept(), sarrajWillSign(), forcesStay())));
        links.addAll(linker.store(List.of(akarSays(), lavrovSays(), ministrySays())));
        return links;
    }

    private static boolean has(List<ClaimLink> links, String a, String b, Relation relation) {
        return links.stream().anyMatch(l -> l.relation() == relation
                && (l.from().equals(a) && l.to().equals(b) || l.from().equals(b) && l.to().equals(a)));
    }

    @Test
    void bothPartiesAcceptedConflictsWithHaftarNotSigning() {
        List<ClaimLink> links = linkSeeds();
        assertThat(has(links, "000-c2", "003-c15", Relation.CONFLICT)).isTrue();
        ClaimLink link = links.stream().filter(l -> l.relation() == Relation.CONFLICT && l.to().equals("003-c15")
                && l.from().equals("000-c2")).findFirst().orElseThrow();
        assertThat(link.reason()).contains("خليفة حفتر").contains("طرفا النزاع الليبي");
        // The two propositions as reported, each with its source; no inference from accepting to signing.
        assertThat(link.reason()).contains("قبول مبادرة").contains("عدم التوقيع على الاتفاق").doesNotContain("يعني")
                .doesNotContain("نعم");
        assertThat(link.reasonEnglish()).contains("according to").doesNotContain("impl");
    }

    @Test
    void sarrajSignedContrastsWithHaftarNotSigningAndBothSayHaftarHadNotSigned() {
        List<ClaimLink> links = linkSeeds();
        assertThat(has(links, "003-c14", "003-c15", Relation.CONTRAST)).isTrue();
        assertThat(has(links, "003-c14", "003-c15", Relation.AGREE)).isTrue();
        assertThat(has(links, "003-c14", "003-c15", Relation.CONFLICT)).isFalse();
    }

    @Test
    void sarrajMeansToSignAgreesWithHisGovernmentSigning() {
        assertThat(has(linkSeeds(), "000-c3", "003-c14", Relation.AGREE)).isTrue();
    }

    @Test
    void ceasingFireOnlyImpliesConsentSoItContradictsNoSigning() {
        // Optional in expected.json: a truce kept is not a signature, so no conflict is claimed.
        assertThat(has(linkSeeds(), "003-c8", "003-c15", Relation.CONFLICT)).isFalse();
    }

    @Test
    void noChainFromAcceptingToSigningAndAskingForTimeDeniesNoAcceptance() {
        List<ClaimLink> links = linkSeeds();
        assertThat(has(links, "000-c2", "003-c14", Relation.AGREE)).isFalse();
        assertThat(has(links, "000-c2", "003-c14", Relation.CONFLICT)).isFalse();
        assertThat(links).hasSize(4);
    }

    @Test
    void haftarsForcesNotWithdrawingLinksToNoSigningClaim() {
        List<ClaimLink> links = linkSeeds();
        assertThat(links).noneMatch(l -> l.from().equals("000-c5") || l.to().equals("000-c5"));
    }
}

package org.mizan.web.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.Claim;
import org.mizan.core.DateSource;
import org.mizan.core.Modality;
import org.mizan.core.Polarity;
import org.mizan.core.SpeakerKind;
import org.mizan.core.link.LinkableClaim;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.PropositionEmbeddable;
import org.mizan.web.speaker.SpeakerEntity;

class CoreClaimsTest {

    static final String TEXT = "وأكدت الوزارة أن حفتر غادر دون توقيع على الاتفاق.";

    static ClaimEntity stored(String kind, String polarity, String dateSource) {
        ArticleEntity a = new ArticleEntity();
        a.id = 7L;
        a.text = TEXT;
        a.outlet = "وكالة";
        a.publishedOn = LocalDate.of(2020, 1, 14);
        SpeakerEntity s = new SpeakerEntity();
        s.id = 3L;
        s.name = "وزارة الخارجية الروسية";
        s.kind = kind;
        ClaimEntity c = new ClaimEntity();
        c.id = 11L;
        c.article = a;
        c.speaker = s;
        c.speakerMention = "الوزارة";
        c.speakerStart = TEXT.indexOf("الوزارة");
        c.speakerEnd = c.speakerStart + "الوزارة".length();
        c.cueStart = 0;
        c.cueEnd = "وأكدت".length();
        c.contentStart = TEXT.indexOf("حفتر");
        c.contentEnd = TEXT.length() - 1;
        c.polarity = polarity;
        c.statedOnSource = dateSource;
        PropositionEmbeddable p = new PropositionEmbeddable();
        p.subject = "حفتر";
        p.predicate = "sign";
        p.object = "الاتفاق";
        p.polarity = "negated";
        p.modality = "asserted";
        p.evidenceStart = TEXT.indexOf("دون توقيع");
        p.evidenceEnd = p.evidenceStart + "دون توقيع".length();
        c.propositions.add(p);
        return c;
    }

    @Test
    void aStoredClaimComesBackWithItsSpansAndPropositions() {
        Claim claim = CoreClaims.claim(stored("organization", "affirmed", "explicit"));
        assertThat(claim.id()).isEqualTo("11");
        assertThat(claim.cue().text()).isEqualTo("وأكدت");
        assertThat(claim.content().text()).isEqualTo("حفتر غادر دون توقيع على الاتفاق");
        assertThat(claim.speaker().span().text()).isEqualTo("الوزارة");
        assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(claim.statedOnSource()).isEqualTo(DateSource.EXPLICIT);
        assertThat(claim.propositions()).singleElement().satisfies(p -> {
            assertThat(p.polarity()).isEqualTo(Polarity.NEGATED);
            assertThat(p.modality()).isEqualTo(Modality.ASSERTED);
            assertThat(p.evidence().text()).isEqualTo("دون توقيع");
        });
    }

    @Test
    void theLinkerSeesTheArticleAndItsDate() {
        LinkableClaim linkable = CoreClaims.linkable(stored("organization", "affirmed", "published"));
        assertThat(linkable.claimId()).isEqualTo("11");
        assertThat(linkable.articleId()).isEqualTo("7");
        assertThat(linkable.date()).as("no statement date: the publication date").isEqualTo(LocalDate.of(2020, 1, 14));
    }

    @ParameterizedTest
    @CsvSource({"alien, odd, never, OTHER, AFFIRMED, UNKNOWN", ",,, OTHER, AFFIRMED, UNKNOWN"})
    void unknownStoredValuesFallBack(String kind, String polarity, String source, SpeakerKind k, Polarity p, DateSource d) {
        Claim claim = CoreClaims.claim(stored(kind, polarity, source));
        assertThat(claim.speaker().kind()).isEqualTo(k);
        assertThat(claim.polarity()).isEqualTo(p);
        assertThat(claim.statedOnSource()).isEqualTo(d);
    }
}

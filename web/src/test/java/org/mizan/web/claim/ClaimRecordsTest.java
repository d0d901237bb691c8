package org.mizan.web.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mizan.core.Claim;
import org.mizan.core.DateSource;
import org.mizan.core.Modality;
import org.mizan.core.Polarity;
import org.mizan.core.SpeakerKind;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.speaker.SpeakerEntity;

/** Stored claims map back to core records with every span pointing at the same words of the article. */
class ClaimRecordsTest {

    private static final String TEXT = "وأكدت وزارة الخارجية الروسية أن القائد غادر موسكو دون توقيع الاتفاق.";

    @Test
    void roundTripsSpansSpeakerPolarityAndPropositions() {
        ArticleEntity article = new ArticleEntity();
        article.text = TEXT;
        SpeakerEntity speaker = new SpeakerEntity();
        speaker.name = "وزارة الخارجية الروسية";
        speaker.kind = "organization";
        ClaimEntity c = new ClaimEntity();
        c.article = article;
        c.localId = "c1";
        c.speaker = speaker;
        c.cueStart = 0;
        c.cueEnd = 5;
        c.speakerMention = speaker.name;
        c.speakerStart = TEXT.indexOf("وزارة");
        c.speakerEnd = c.speakerStart + speaker.name.length();
        c.contentStart = TEXT.indexOf("القائد");
        c.contentEnd = TEXT.length() - 1;
        c.statedOn = LocalDate.of(2020, 1, 14);
        c.statedOnSource = "published";
        c.polarity = "negated";
        PropositionEmbeddable p = new PropositionEmbeddable();
        p.subject = "القائد";
        p.predicate = "sign";
        p.object = "الاتفاق";
        p.polarity = "negated";
        p.modality = "asserted";
        p.evidenceStart = TEXT.indexOf("دون");
        p.evidenceEnd = TEXT.indexOf(" الاتفاق");
        c.propositions.add(p);

        Claim claim = ClaimRecords.toCore(c);

        assertThat(claim.cue().text()).isEqualTo("وأكدت");
        assertThat(claim.content().text()).isEqualTo("القائد غادر موسكو دون توقيع الاتفاق");
        assertThat(claim.speaker().span().text()).isEqualTo("وزارة الخارجية الروسية");
        assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.ORGANIZATION);
        assertThat(claim.polarity()).isEqualTo(Polarity.NEGATED);
        assertThat(claim.statedOnSource()).isEqualTo(DateSource.PUBLISHED);
        assertThat(claim.propositions()).singleElement().satisfies(q -> {
            assertThat(q.predicate()).isEqualTo("sign");
            assertThat(q.polarity()).isEqualTo(Polarity.NEGATED);
            assertThat(q.modality()).isEqualTo(Modality.ASSERTED);
            assertThat(q.evidence().text()).isEqualTo("دون توقيع");
        });
    }

    @Test
    void clampsOffsetsThatNoLongerFitTheText() {
        ArticleEntity article = new ArticleEntity();
        article.text = "نص قصير";
        SpeakerEntity speaker = new SpeakerEntity();
        speaker.name = "مصدر";
        ClaimEntity c = new ClaimEntity();
        c.article = article;
        c.speaker = speaker;
        c.cueStart = 0;
        c.cueEnd = 2;
        c.contentStart = 3;
        c.contentEnd = 500;
        c.polarity = "affirmed";

        Claim claim = ClaimRecords.toCore(c);

        assertThat(claim.content().text()).isEqualTo("قصير");
        assertThat(claim.speaker().kind()).isEqualTo(SpeakerKind.OTHER);
        assertThat(claim.speaker().span()).isNull();
    }
}

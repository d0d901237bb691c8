package org.mizan.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.MarkedText.Piece;
import org.mizan.web.claim.PropositionEmbeddable;
import org.mizan.web.link.ClaimLinkEntity;
import org.mizan.web.link.EvidenceEmbeddable;
import org.mizan.web.speaker.SpeakerEntity;
import org.mizan.web.story.StoryComparison.PropositionGroup;

/** Grouping and verdicts over entities built in memory (no database). */
class StoryComparisonTest {

    private long ids = 1;

    @ParameterizedTest
    @CsvSource({
            "sign, الاتفاق, sign, اتفاق وقف إطلاق النار, true",
            "sign, الاتفاق, sign, الاتفاقية, true",
            "sign, الاتفاق, leave, الاتفاق, false",
            "sign, الاتفاق, sign, الهدنة, false",
            "accept, المبادرة, accept, مبادرة السلام, true",
    })
    void claimsShareAGroupWhenPredicateAndObjectHeadAgree(String p1, String o1, String p2, String o2, boolean same) {
        assertThat(StoryComparison.topicKey(prop(p1, o1)).equals(StoryComparison.topicKey(prop(p2, o2)))).isEqualTo(same);
    }

    @Test
    void verdictSaysWhoDidAndWhoDidNotAccordingToWhomAndWhen() {
        ArticleEntity a = article("وقال الوزير إن حكومة الشمال وقعت على الاتفاق.", LocalDate.of(2021, 3, 1));
        ArticleEntity b = article("وأكدت الوزارة أن قائد الجنوب غادر دون توقيع على الاتفاق.", LocalDate.of(2021, 3, 2));
        ClaimEntity signed = claim(a, speaker("سامي حداد"), "حكومة الشمال وقعت على الاتفاق", LocalDate.of(2021, 3, 1),
                "حكومة الشمال", "sign", "الاتفاق", "affirmed");
        ClaimEntity unsigned = claim(b, speaker("وزارة الخارجية"), "قائد الجنوب غادر دون توقيع على الاتفاق", null,
                "قائد الجنوب", "sign", "اتفاق العاصمة", "negated");
        ClaimEntity other = claim(b, speaker("وزارة الخارجية"), "قائد الجنوب غادر دون توقيع على الاتفاق", null, null, null, null, null);

        StoryComparison c = StoryComparison.of(story(signed, unsigned, other), List.of());

        assertThat(c.groups()).hasSize(1);
        PropositionGroup g = c.groups().get(0);
        assertThat(g.disputed()).isTrue();
        assertThat(g.object()).isEqualTo("الاتفاق");
        assertThat(g.affirmed()).singleElement().satisfies(v -> {
            assertThat(v.subject()).isEqualTo("حكومة الشمال");
            assertThat(v.according()).isEqualTo("سامي حداد");
            assertThat(v.statedOn()).isEqualTo(LocalDate.of(2021, 3, 1));
        });
        assertThat(g.negated()).singleElement().satisfies(v -> {
            assertThat(v.subject()).isEqualTo("قائد الجنوب");
            assertThat(v.according()).isEqualTo("وزارة الخارجية");
            assertThat(v.statedOn()).as("undated statement: the article's date").isEqualTo(LocalDate.of(2021, 3, 2));
        });
        assertThat(c.unframed()).extracting(card -> card.id()).containsExactly(other.id);
        assertThat(c.timeline()).extracting(card -> card.date()).isSorted();
    }

    @Test
    void verdictNamesEachPartyOnceWithItsEarliestStandAndAtMostSix() {
        ArticleEntity a = article("وقال الوزير إن الأطراف وقعت على الاتفاق.", LocalDate.of(2021, 3, 1));
        List<ClaimEntity> claims = new java.util.ArrayList<>();
        claims.add(claim(a, speaker("المصدر الثاني"), "حكومة الشمال وقعت على الاتفاق", LocalDate.of(2021, 3, 5),
                "حكومة الشمال", "sign", "الاتفاق", "affirmed"));
        claims.add(claim(a, speaker("المصدر الأول"), "حكومة الشمال وقعت على الاتفاق", LocalDate.of(2021, 3, 1),
                "حكومة الشمال", "sign", "الاتفاق", "affirmed"));
        for (int i = 1; i <= 8; i++) {
            String party = "حزب " + List.of("الشرق", "الغرب", "الوسط", "الساحل", "الجبل", "الوادي", "السهل", "النهر").get(i - 1);
            claims.add(claim(a, speaker("مراسل " + i), party + " وقع على الاتفاق", LocalDate.of(2021, 3, 2),
                    party, "sign", "الاتفاق", "affirmed"));
        }
        claims.add(claim(a, speaker("الوزارة"), "قائد الجنوب لم يوقع على الاتفاق", LocalDate.of(2021, 3, 3),
                "قائد الجنوب", "sign", "الاتفاق", "negated"));

        PropositionGroup g = StoryComparison.of(story(claims.toArray(ClaimEntity[]::new)), List.of()).groups().get(0);

        assertThat(g.affirmed()).hasSize(StoryComparison.MAX_VERDICT_PARTIES);
        assertThat(g.affirmed()).extracting(v -> v.subject()).doesNotHaveDuplicates();
        assertThat(g.affirmed().get(0)).satisfies(v -> {
            assertThat(v.subject()).isEqualTo("حكومة الشمال");
            assertThat(v.according()).isEqualTo("المصدر الأول");
        });
        assertThat(g.negated()).extracting(v -> v.subject()).containsExactly("قائد الجنوب");
    }

    @Test
    void verdictNamesOnlyRealPartiesNeverAPronounOrAQuotation() {
        ArticleEntity a = article("وقال الوزير إن حكومة الشمال وقعت على الاتفاق.", LocalDate.of(2021, 3, 1));
        ClaimEntity real = claim(a, speaker("سامي حداد"), "حكومة الشمال وقعت على الاتفاق", LocalDate.of(2021, 3, 1),
                "حكومة الشمال", "sign", "الاتفاق", "affirmed");
        ClaimEntity pronoun = claim(a, speaker("سامي حداد"), "الذي وقع على الاتفاق", LocalDate.of(2021, 3, 1),
                "الذي", "sign", "الاتفاق", "affirmed");
        ClaimEntity quote = claim(a, speaker("سامي حداد"), "«نحن» وقعنا على الاتفاق", LocalDate.of(2021, 3, 1),
                "«نحن»", "sign", "الاتفاق", "affirmed");

        PropositionGroup g = StoryComparison.of(story(real, pronoun, quote), List.of()).groups().get(0);

        assertThat(g.affirmed()).extracting(v -> v.subject()).containsExactly("حكومة الشمال");
        assertThat(g.rows()).hasSize(3); // the rows below still show every claim
    }

    @Test
    void theSameClaimsInAnyStoredOrderGiveTheSamePage() {
        ArticleEntity a = article("وقال الوزير إن الأطراف وقعت على الاتفاق.", LocalDate.of(2021, 3, 1));
        List<ClaimEntity> claims = new java.util.ArrayList<>();
        List<String> parties = List.of("حزب الشرق", "حزب الغرب", "حزب الوسط", "حزب الساحل", "حزب الجبل");
        for (int i = 1; i <= 5; i++) {
            claims.add(claim(a, speaker("مراسل " + i), parties.get(i - 1) + " وقع على الاتفاق", LocalDate.of(2021, 3, 2),
                    parties.get(i - 1), "sign", i == 3 ? "اتفاق" : "الاتفاق", i % 2 == 0 ? "negated" : "affirmed"));
        }
        StoryComparison stored = StoryComparison.of(story(claims.toArray(ClaimEntity[]::new)), List.of());
        java.util.Collections.reverse(claims);
        StoryComparison reversed = StoryComparison.of(story(claims.toArray(ClaimEntity[]::new)), List.of());

        assertThat(reversed.groups()).isEqualTo(stored.groups());
        assertThat(reversed.timeline()).isEqualTo(stored.timeline());
        assertThat(stored.groups().get(0).affirmed()).extracting(v -> v.subject()).containsExactly("حزب الشرق", "حزب الوسط", "حزب الجبل");
        assertThat(stored.groups().get(0).object()).isEqualTo("اتفاق");
    }

    @Test
    void linkEvidenceIsMarkedInBothClaimsOfThePair() {
        ArticleEntity a = article("قال الوزير إن الحكومة وقعت على الاتفاق.", LocalDate.of(2021, 3, 1));
        ArticleEntity b = article("أكدت الوزارة أن القائد غادر دون توقيع.", LocalDate.of(2021, 3, 2));
        ClaimEntity x = claim(a, speaker("الوزير"), "الحكومة وقعت على الاتفاق", null, "الحكومة", "sign", "الاتفاق", "affirmed");
        ClaimEntity y = claim(b, speaker("الوزارة"), "القائد غادر دون توقيع", null, "القائد", "sign", "الاتفاق", "negated");
        ClaimLinkEntity link = new ClaimLinkEntity();
        link.id = ids++;
        link.fromClaim = x;
        link.toClaim = y;
        link.relation = "contrast";
        link.confidence = 0.8;
        int ex = a.text.indexOf("وقعت");
        int ey = b.text.indexOf("دون توقيع");
        link.evidence.add(new EvidenceEmbeddable("from", "وقعت", ex, ex + 4));
        link.evidence.add(new EvidenceEmbeddable("to", "دون توقيع", ey, ey + 9));

        StoryComparison c = StoryComparison.of(story(x, y), List.of(link));

        assertThat(c.links()).singleElement().satisfies(pair -> {
            assertThat(pair.from().pieces()).filteredOn(Piece::marked).extracting(Piece::text).containsExactly("وقعت");
            assertThat(pair.to().pieces()).filteredOn(Piece::marked).extracting(Piece::text).containsExactly("دون توقيع");
        });
        assertThat(c.linksNotShown()).isZero();
    }

    private static PropositionEmbeddable prop(String predicate, String object) {
        PropositionEmbeddable p = new PropositionEmbeddable();
        p.predicate = predicate;
        p.object = object;
        return p;
    }

    private ArticleEntity article(String text, LocalDate published) {
        ArticleEntity a = new ArticleEntity();
        a.id = ids++;
        a.text = text;
        a.bodyStart = 0;
        a.bodyEnd = text.length();
        a.publishedOn = published;
        a.outlet = "وكالة " + a.id;
        return a;
    }

    private SpeakerEntity speaker(String name) {
        SpeakerEntity s = new SpeakerEntity();
        s.id = ids++;
        s.name = name;
        s.kind = "person";
        return s;
    }

    private ClaimEntity claim(ArticleEntity a, SpeakerEntity s, String content, LocalDate statedOn, String subject,
                              String predicate, String object, String polarity) {
        ClaimEntity c = new ClaimEntity();
        c.id = ids++;
        c.article = a;
        c.speaker = s;
        c.contentText = content;
        c.contentStart = a.text.indexOf(content);
        c.contentEnd = c.contentStart + content.length();
        c.statedOn = statedOn;
        c.polarity = "affirmed";
        if (predicate != null) {
            PropositionEmbeddable p = prop(predicate, object);
            p.subject = subject;
            p.polarity = polarity;
            p.modality = "asserted";
            c.propositions.add(p);
        }
        return c;
    }

    private StoryEntity story(ClaimEntity... claims) {
        StoryEntity s = new StoryEntity();
        s.id = ids++;
        s.claims.addAll(List.of(claims));
        return s;
    }
}

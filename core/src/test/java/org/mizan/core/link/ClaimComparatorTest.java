package org.mizan.core.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.Claim;
import org.mizan.core.Modality;
import org.mizan.core.Polarity;
import org.mizan.core.SpeakerKind;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.core.link.ClaimFixtures.*;

class ClaimComparatorTest {

    private static final LocalDate DAY = LocalDate.of(2023, 5, 10);
    private final ClaimComparator comparator = ClaimComparator.standard();

    private static Claim one(String subject, String predicate, String object, String polarity, String modality) {
        return claim("c", "مصدر", SpeakerKind.ANONYMOUS, "نص", DAY,
                prop(subject, predicate, object.equals("-") ? null : object,
                        polarity.equals("+") ? Polarity.AFFIRMED : Polarity.NEGATED,
                        modality == null ? Modality.ASSERTED : Modality.valueOf(modality)));
    }

    private String relations(Claim a, Claim b) {
        List<Comparison> all = comparator.compare(a, b);
        return all.isEmpty() ? "UNRELATED" : all.stream().map(c -> c.relation().name()).sorted()
                .collect(Collectors.joining("+"));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} | {5} {6} {7} {8} -> {10}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            خليفة حفتر          | sign     | الاتفاق            | + | null     | حفتر               | sign         | الاتفاق            | - | null      | CONFLICT
            حفتر                | accept   | الهدنة             | + | null     | المشير خليفة حفتر  | sign         | وقف إطلاق النار    | + | null      | UNRELATED
            حفتر                | reject   | المبادرة           | + | null     | خليفة حفتر         | sign         | الاتفاق            | - | null      | AGREE
            حفتر                | request_time | النظر في المقترح | + | null | خليفة حفتر         | sign         | الاتفاق            | + | null      | UNRELATED
            حكومة فايز السراج   | sign     | الاتفاق            | + | null     | خليفة حفتر         | sign         | الاتفاق            | - | null      | CONTRAST
            حكومة فايز السراج   | sign     | الاتفاق            | + | null     | فايز السراج        | sign         | وقف إطلاق النار    | + | INTENDED  | AGREE
            فايز السراج         | sign     | الاتفاق            | - | null     | فايز السراج        | sign         | الاتفاق            | + | INTENDED  | UNRELATED
            طرفا النزاع الليبي  | accept   | مبادرة وقف إطلاق النار | + | null | خليفة حفتر       | sign         | الاتفاق            | - | null      | CONFLICT
            طرفا النزاع الليبي  | accept   | مبادرة وقف إطلاق النار | + | null | حكومة الوفاق     | sign         | الاتفاق            | + | null      | UNRELATED
            الطرفين في ليبيا    | cease_fire | -                | + | null     | خليفة حفتر         | sign         | الاتفاق            | - | null      | UNRELATED
            طرفا النزاع الليبي  | accept   | -                  | + | null     | خليفة حفتر         | sign         | الاتفاق            | - | null      | CONFLICT
            حفتر                | sign     | -                  | + | null     | حفتر               | sign         | الانتخابات         | - | null      | UNRELATED
            قوات حفتر           | withdraw | ضواحي طرابلس       | - | null     | خليفة حفتر         | withdraw     | ضواحي طرابلس       | + | null      | CONTRAST
            قوات حفتر           | withdraw | ضواحي طرابلس       | - | null     | قوات حفتر          | stay         | ضواحي طرابلس       | + | null      | AGREE
            الليرة التركية      | rise     | -                  | + | null     | الليرة التركية     | fall         | -                  | + | null      | UNRELATED
            سعر النفط           | rise     | الأسواق            | + | null     | سعر النفط          | fall         | الأسواق            | + | null      | CONFLICT
            سعر النفط           | rise     | الأسواق            | + | null     | سعر النفط          | fall         | الأسواق            | - | null      | UNRELATED
            خليفة حفتر          | sign     | الاتفاق            | + | null     | خليفة حفتر         | sign         | الانتخابات         | - | null      | UNRELATED
            خليفة حفتر          | sign     | الاتفاق            | + | null     | خليفة حفتر         | leave        | الاتفاق            | - | null      | UNRELATED
            خليفة حفتر          | sign     | الاتفاق            | + | null     | خليفة حفتر         | sign         | الاتفاق            | - | REQUESTED | UNRELATED
            فايز السراج         | sign     | الاتفاق            | + | null     | عبد الهادي الحويج  | sign         | الاتفاق            | + | null      | UNRELATED
            """)
    void decidesFromPredicateObjectSubjectAndPolarity(String s1, String p1, String o1, String pol1, String m1,
                                                      String s2, String p2, String o2, String pol2, String m2,
                                                      String expected) {
        assertThat(relations(one(s1, p1, o1, pol1, m1), one(s2, p2, o2, pol2, m2))).isEqualTo(expected);
        assertThat(relations(one(s2, p2, o2, pol2, m2), one(s1, p1, o1, pol1, m1))).isEqualTo(expected);
    }

    @Test
    void givesOnePairSeveralRelationsEachWithItsReason() {
        Claim lavrov = lavrovSays().claim();
        Claim ministry = ministrySays().claim();
        List<Comparison> all = comparator.compare(lavrov, ministry);
        assertThat(all).extracting(Comparison::relation).containsExactlyInAnyOrder(Relation.CONTRAST, Relation.AGREE);
        Comparison agree = all.stream().filter(c -> c.relation() == Relation.AGREE).findFirst().orElseThrow();
        assertThat(agree.explanation()).contains("عدم التوقيع").contains("خليفة حفتر").contains("طلب مهلة");
        Comparison contrast = all.stream().filter(c -> c.relation() == Relation.CONTRAST).findFirst().orElseThrow();
        assertThat(contrast.explanation()).contains("حكومة فايز السراج").contains("خليفة حفتر");
        assertThat(contrast.confidence()).isGreaterThan(agree.confidence());
        // The same reasons in English: the act (the predicate's label and the object), the parties, the sources.
        assertThat(agree.explanationEnglish()).startsWith("Agreement — ").contains("did not sign")
                .contains("خليفة حفتر").contains("according to").contains("asked for time").doesNotContain("impl");
        assertThat(contrast.explanationEnglish()).startsWith("Contrast — signed").contains("yes for حكومة فايز السراج")
                .contains("no for خليفة حفتر");
    }

    @Test
    void pointsEvidenceAtEachSidesText() {
        Comparison c = comparator.compare(lavrovSays().claim(), ministrySays().claim()).get(0);
        assertThat(c.evidence()).extracting(Evidence::side).containsExactly(Evidence.Side.A, Evidence.Side.B);
        assertThat(c.evidence().get(1).span().text()).contains("دون توقيع");
    }

    @Test
    void contrastsAcrossArticlesOnlyWhenOneMentionsTheOthersSubject() {
        PropositionResolver resolver = comparator.resolver();
        LinkableClaim sudan = linkable("s1", "sudan", DAY, "مراسل", yes("الجيش السوداني", "sign", "الاتفاق"));
        LinkableClaim libya = linkable("l1", "libya", DAY, "مراسل", no("خليفة حفتر", "sign", "الاتفاق"));
        ResolvedClaim a = resolver.resolve(sudan, java.util.Set.of("n:سوداني"));
        ResolvedClaim b = resolver.resolve(libya, java.util.Set.of("n:حفتر"));
        assertThat(comparator.compare(a, b)).isEmpty();
        ResolvedClaim bMentioningSudan = resolver.resolve(libya, java.util.Set.of("n:حفتر", "o:جيش سوداني"));
        assertThat(comparator.compare(a, bMentioningSudan)).extracting(Comparison::relation)
                .containsExactly(Relation.CONTRAST);
    }
}

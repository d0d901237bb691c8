package org.mizan.core.link;

import org.mizan.core.identity.ActorRelation;
import org.mizan.core.identity.ActorResolver;
import org.mizan.core.identity.RealParty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.core.link.ClaimFixtures.claim;
import static org.mizan.core.link.ClaimFixtures.no;
import static org.mizan.core.link.ClaimFixtures.yes;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.Claim;
import org.mizan.core.Modality;
import org.mizan.core.Polarity;
import org.mizan.core.Proposition;
import org.mizan.core.Span;
import org.mizan.core.SpeakerKind;

/** Links only between claims about one act of real parties; reports of one statement are one agreement. */
class PrecisionRulesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 4, 2);

    private static LinkableClaim said(String id, String article, String outlet, LocalDate date, String speaker,
                                      SpeakerKind kind, String content, Proposition... props) {
        return new LinkableClaim(id, article, outlet, date, claim(id, speaker, kind, content, date, props));
    }

    @ParameterizedTest(name = "{0} names a party: {1}")
    @CsvSource({"الذي, false", "التي أعلنت, false", "«إننا نرفض, false", "وعندما لم تستجب, false",
            "هذا القرار, false", "أمر معقد جدا, true", "وزارة الخارجية, true", "خليفة حفتر, true",
            "قالت إن المحادثات ستطول كثيرا هذه المرة, false"})
    void aSubjectNamesAPartyOnlyWhenItIsNotAPieceOfTheSentence(String mention, boolean party) {
        assertThat(RealParty.names(mention)).isEqualTo(party);
    }

    @ParameterizedTest(name = "{0} ({1}) is a verbal noun: {2}")
    @CsvSource({"الاتفاق, agree, true", "اتفاق, agree, true", "إعلان, announce, true", "توقيع, sign, true",
            "قبول, accept, true", "انسحاب, withdraw, true", "معارضي, oppose, true", "عدم احترام الاتفاق, agree, true",
            "دون توقيع, sign, false", "عدم التوقيع, sign, false", "من دون توقيع, sign, false",
            "وقّع, sign, false", "اتفقوا, agree, false", "أعلنت, announce, false", "قبلت, accept, false",
            "انسحبت, withdraw, false", "رفضت, reject, false", "لم يوقع, sign, false",
            "طلب مهلة إضافية, request_time, false", "وطالب بالمزيد من الوقت, request_time, false",
            "وقف إطلاق النار, cease_fire, true", "بدون وقف إطلاق النار, cease_fire, false"})
    void aPredicateWrittenAsANounAssertsNoAct(String evidence, String predicate, boolean noun) {
        assertThat(RealParty.nounPredicate(new Span(evidence, 0, evidence.length()), predicate)).isEqualTo(noun);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({"سيرغي لافروف, سيرجي لافروف, SAME", "مولود تشاووش أوغلو, مولود تشاوش أوغلو, SAME",
            "تشاوش, مولود تشاوش أوغلو, SAME", "المشير خليفة حفتر, حفتر, SAME",
            "سعد الحريري, سعيد الحريري, DISTINCT", "أحمد داود أوغلو, مولود تشاوش أوغلو, DISTINCT",
            "أوغلو, مولود تشاوش أوغلو, DISTINCT", "جون كيري, جون ماكين, DISTINCT"})
    void transliterationsOfOneNameAreOnePersonAndOthersNeverMerge(String a, String b, ActorRelation expected) {
        ActorResolver actors = ActorResolver.standard();
        assertThat(actors.relate(actors.resolve(a), actors.resolve(b)).relation()).isEqualTo(expected);
    }

    @Test
    void oneStatementCarriedByTwoOutletsIsOneAgreementNamingSpeakerAndOutlets() {
        ClaimLinker linker = ClaimLinker.standard();
        linker.store(List.of(said("a1", "A", "وكالة الشمال", DAY, "سامر الحداد", SpeakerKind.PERSON,
                "إن الحكومة ستفتتح الطريق الساحلي الجديد أمام السيارات مطلع الشهر المقبل بعد انتهاء أعمال الصيانة")));
        List<ClaimLink> links = linker.store(List.of(said("b1", "B", "صحيفة الجنوب", DAY, "وزير النقل سامر الحداد",
                SpeakerKind.PERSON, "ان الحكومة ستفتتح الطريق الساحلي الجديد امام السيارات مطلع الشهر القادم بعد انتهاء اعمال الصيانة")));
        assertThat(links).singleElement().satisfies(l -> {
            assertThat(l.relation()).isEqualTo(Relation.AGREE);
            assertThat(l.reason()).startsWith("تطابق").contains("سامر الحداد").contains("وكالة الشمال")
                    .contains("صحيفة الجنوب");
            assertThat(l.reasonEnglish()).startsWith("Same statement — سامر الحداد").contains("وكالة الشمال")
                    .contains("صحيفة الجنوب").contains("% of the words shared");
            assertThat(l.evidence()).hasSize(2);
        });
    }

    @Test
    void oneSpeakerOnTwoTopicsIsNoLink() {
        ClaimLinker linker = ClaimLinker.standard();
        linker.store(List.of(said("a1", "A", "وكالة الشمال", DAY, "سامر الحداد", SpeakerKind.PERSON,
                "إن الحكومة ستفتتح الطريق الساحلي الجديد أمام السيارات مطلع الشهر المقبل")));
        assertThat(linker.store(List.of(said("b1", "B", "صحيفة الجنوب", DAY, "سامر الحداد", SpeakerKind.PERSON,
                "إن أسعار تذاكر القطارات بين المدن لن تتغير هذا العام رغم ارتفاع كلفة الوقود")))).isEmpty();
    }

    @Test
    void twoGovernmentsUsingOneFormulaAreNotOneStatement() {
        ClaimLinker linker = ClaimLinker.standard();
        linker.store(List.of(said("a1", "A", "وكالة الشمال", DAY, "وزارة الخارجية الأردنية", SpeakerKind.ORGANIZATION,
                "تدين الهجوم على السوق الشعبي في المدينة الساحلية وتعزي أسر الضحايا وتتمنى الشفاء للجرحى")));
        assertThat(linker.store(List.of(said("b1", "B", "صحيفة الجنوب", DAY, "وزارة الخارجية المغربية",
                SpeakerKind.ORGANIZATION, "تدين الهجوم على السوق الشعبي وتؤكد وقوفها مع الحكومة في حربها على الإرهاب بكل أشكاله"))))
                .isEmpty();
    }

    @Test
    void aRelativePronounNeverStandsAsTheOtherPartyOfAContrast() {
        ClaimLinker linker = ClaimLinker.standard();
        linker.store(List.of(said("a1", "A", "وكالة الشمال", DAY, "مراسل", SpeakerKind.ANONYMOUS, "وقعت الحكومة الاتفاق",
                yes("حكومة الوفاق", "sign", "الاتفاق"))));
        assertThat(linker.store(List.of(said("b1", "A", "وكالة الشمال", DAY, "مراسل", SpeakerKind.ANONYMOUS,
                "الذي لم يوقع", no("الذي", "sign", "الاتفاق"))))).isEmpty();
    }

    @Test
    void theNounAgreementIsNotTheVerbAgree() {
        Proposition nounAgree = new Proposition("خليفة حفتر", "agree", "المبادرة", Polarity.AFFIRMED, Modality.ASSERTED,
                new Span("الاتفاق", 10, 17));
        Claim a = claim("a", "مراسل", SpeakerKind.ANONYMOUS, "نص أول", DAY, nounAgree);
        Claim b = claim("b", "مراسل", SpeakerKind.ANONYMOUS, "نص ثان", DAY, no("خليفة حفتر", "agree", "المبادرة"));
        assertThat(ClaimComparator.standard().compare(a, b)).isEmpty();
    }

    @Test
    void aSpeakerContradictsHimselfOnlyByAReversalOnAnotherDayAndItIsShownAsSuch() {
        ClaimLinker sameDay = ClaimLinker.standard();
        sameDay.store(List.of(said("a1", "A", "وكالة الشمال", DAY, "فايز السراج", SpeakerKind.PERSON, "وقعنا",
                yes("حكومة الوفاق", "sign", "الاتفاق"))));
        assertThat(sameDay.store(List.of(said("b1", "B", "صحيفة الجنوب", DAY, "فايز السراج", SpeakerKind.PERSON,
                "لم نوقع", no("حكومة الوفاق", "sign", "الاتفاق"))))).noneMatch(l -> l.relation() == Relation.CONFLICT);

        ClaimLinker twoDays = ClaimLinker.standard();
        twoDays.store(List.of(said("a1", "A", "وكالة الشمال", DAY, "فايز السراج", SpeakerKind.PERSON, "وقعنا",
                yes("حكومة الوفاق", "sign", "الاتفاق"))));
        assertThat(twoDays.store(List.of(said("b1", "B", "صحيفة الجنوب", DAY.plusDays(3), "فايز السراج",
                SpeakerKind.PERSON, "لم نوقع", no("حكومة الوفاق", "sign", "الاتفاق")))))
                .anySatisfy(l -> {
                    assertThat(l.relation()).isEqualTo(Relation.CONFLICT);
                    assertThat(l.reason()).startsWith("تراجع").contains("فايز السراج");
                });
    }

    @Test
    void contrastNeedsTheSameActNotAChainOfImplications() {
        Claim accepted = claim("a", "مراسل", SpeakerKind.ANONYMOUS, "نص", DAY, yes("حكومة الوفاق", "accept", "المبادرة"));
        Claim notSigned = claim("b", "مراسل", SpeakerKind.ANONYMOUS, "نص", DAY, no("خليفة حفتر", "sign", "الاتفاق"));
        assertThat(ClaimComparator.standard().compare(accepted, notSigned))
                .noneMatch(c -> c.relation() == Relation.CONTRAST);
        Claim signed = claim("c", "مراسل", SpeakerKind.ANONYMOUS, "نص", DAY, yes("حكومة الوفاق", "sign", "الاتفاق"));
        assertThat(ClaimComparator.standard().compare(signed, notSigned))
                .anyMatch(c -> c.relation() == Relation.CONTRAST);
    }

    @Test
    void aWeakerActAffirmedIsNotAStrongerOneButEveryDenialAgrees() {
        Claim joined = claim("a", "مراسل", SpeakerKind.ANONYMOUS, "نص", DAY, yes("نقابة المعلمين", "accept", "العرض"));
        Claim signed = claim("b", "مراسل", SpeakerKind.ANONYMOUS, "نص", DAY, yes("نقابة المعلمين", "sign", "العرض"));
        assertThat(ClaimComparator.standard().compare(joined, signed)).isEmpty();
        Claim refused = claim("c", "مراسل", SpeakerKind.ANONYMOUS, "نص", DAY, yes("نقابة المعلمين", "refuse", "العرض"));
        Claim notSigned = claim("d", "مراسل", SpeakerKind.ANONYMOUS, "نص", DAY, no("نقابة المعلمين", "sign", "العرض"));
        assertThat(ClaimComparator.standard().compare(refused, notSigned))
                .singleElement().satisfies(c -> assertThat(c.relation()).isEqualTo(Relation.AGREE));
    }

    @Test
    void askingForTimeDeniesNoAcceptanceAndAnIntentionContrastsWithNobody() {
        Claim accepted = claim("a", "مراسل", SpeakerKind.ANONYMOUS, "نص", DAY, yes("نقابة المعلمين", "accept", "العرض"));
        Claim waits = claim("b", "مراسل", SpeakerKind.ANONYMOUS, "نص", DAY,
                yes("نقابة المعلمين", "request_time", "العرض"));
        assertThat(ClaimComparator.standard().compare(accepted, waits)).isEmpty();
        Claim willSign = claim("c", "مراسل", SpeakerKind.ANONYMOUS, "نص", DAY,
                ClaimFixtures.prop("وزارة التربية", "sign", "العرض", Polarity.AFFIRMED, Modality.INTENDED));
        Claim notSigned = claim("d", "مراسل", SpeakerKind.ANONYMOUS, "نص", DAY, no("نقابة المعلمين", "sign", "العرض"));
        assertThat(ClaimComparator.standard().compare(willSign, notSigned)).isEmpty();
    }

    @Test
    void onePairCarriesAgreementAboutOnePartyBesideContrastOfTwo() {
        Claim a = claim("a", "سلمى العلي", SpeakerKind.PERSON, "نص", DAY, yes("وزارة التربية", "sign", "العرض"),
                yes("نقابة المعلمين", "request_time", "العرض"));
        Claim b = claim("b", "هيئة الإذاعة", SpeakerKind.ORGANIZATION, "نص", DAY, no("نقابة المعلمين", "sign", "العرض"));
        assertThat(ClaimComparator.standard().compare(a, b)).extracting(Comparison::relation)
                .containsExactlyInAnyOrder(Relation.CONTRAST, Relation.AGREE);
    }

    @Test
    void agreementAndConflictOnOnePairAreNeverBothShown() {
        Claim a = claim("a", "سلمى العلي", SpeakerKind.PERSON, "نص", DAY, yes("نقابة المعلمين", "sign", "العرض"),
                no("نقابة المعلمين", "sign", "العرض"));
        Claim b = claim("b", "هيئة الإذاعة", SpeakerKind.ORGANIZATION, "نص", DAY, yes("نقابة المعلمين", "sign", "العرض"));
        assertThat(ClaimComparator.standard().compare(a, b)).isEmpty();
    }

    @Test
    void aVerbalNounStandsForAnActOnlyAsTheSpeakersOwnIntendedStep() {
        Span noun = new Span("خطوة التوقيع", 0, 12);
        Proposition own = new Proposition("سلمى العلي", "sign", "العرض", Polarity.AFFIRMED, Modality.INTENDED, noun);
        Proposition other = new Proposition("نقابة المعلمين", "sign", "العرض", Polarity.AFFIRMED, Modality.INTENDED, noun);
        PropositionResolver resolver = PropositionResolver.standard();
        assertThat(resolver.resolve(said("a", "A", "وكالة الشمال", DAY, "سلمى العلي", SpeakerKind.PERSON, "نص", own),
                java.util.Set.of()).propositions()).hasSize(1);
        assertThat(resolver.resolve(said("b", "A", "وكالة الشمال", DAY, "سلمى العلي", SpeakerKind.PERSON, "نص", other),
                java.util.Set.of()).propositions()).isEmpty();
        Proposition asserted = new Proposition("سلمى العلي", "sign", "العرض", Polarity.AFFIRMED, Modality.ASSERTED, noun);
        assertThat(resolver.resolve(said("c", "A", "وكالة الشمال", DAY, "سلمى العلي", SpeakerKind.PERSON, "نص", asserted),
                java.util.Set.of()).propositions()).isEmpty();
    }

    private static final String ROAD = "إن الحكومة ستفتتح الطريق الساحلي الجديد أمام السيارات مطلع الشهر المقبل بعد انتهاء أعمال الصيانة";

    @Test
    void anAnonymousReportWithNoPropositionFindsItsReprint() {
        ClaimLinker linker = ClaimLinker.standard();
        linker.store(List.of(said("a1", "A", "وكالة الشمال", DAY, "مصدر مطلع", SpeakerKind.ANONYMOUS, ROAD)));
        assertThat(linker.store(List.of(said("b1", "B", "صحيفة الجنوب", DAY, "مصدر مطلع", SpeakerKind.ANONYMOUS, ROAD))))
                .singleElement().satisfies(l -> assertThat(l.relation()).isEqualTo(Relation.AGREE));
    }

    @Test
    void anArticleRepeatingAStatementAgreesWithItselfButANestedPassageDoesNot() {
        ClaimLinker linker = ClaimLinker.standard();
        Claim lead = ClaimFixtures.claim("c1", "سامر الحداد", SpeakerKind.PERSON, ROAD, DAY);
        Claim body = new Claim("c2", new Span("وأضاف", 300, 305), lead.speaker(), new Span(ROAD, 310, 310 + ROAD.length()),
                DAY, null, lead.statedOnSource(), lead.polarity(), List.of());
        Claim nested = new Claim("c3", new Span("قال", 0, 3), lead.speaker(), new Span(ROAD.substring(3), 3, ROAD.length()),
                DAY, null, lead.statedOnSource(), lead.polarity(), List.of());
        List<ClaimLink> links = linker.store(List.of(LinkableClaim.of("c1", "A", "وكالة الشمال", DAY, lead),
                LinkableClaim.of("c2", "A", "وكالة الشمال", DAY, body), LinkableClaim.of("c3", "A", "وكالة الشمال", DAY, nested)));
        assertThat(links).anyMatch(l -> l.relation() == Relation.AGREE && l.to().equals("c2"));
        assertThat(links).noneMatch(l -> java.util.Set.of(l.from(), l.to()).equals(java.util.Set.of("c1", "c3")));
    }

    @Test
    void aStatementCutShortByOneOutletIsStillOneStatementOfItsSpeaker() {
        ClaimLinker linker = ClaimLinker.standard();
        String longer = ROAD + " وستعلن الوزارة لاحقا مواعيد تشغيل خطوط الحافلات الجديدة بين المدن الشمالية والموانئ";
        linker.store(List.of(said("a1", "A", "وكالة الشمال", DAY, "سامر الحداد", SpeakerKind.PERSON, longer)));
        assertThat(linker.store(List.of(said("b1", "B", "صحيفة الجنوب", DAY, "سامر الحداد", SpeakerKind.PERSON, ROAD))))
                .singleElement().satisfies(l -> assertThat(l.relation()).isEqualTo(Relation.AGREE));
        // With the speaker unknown on one side, a short passage inside a long one is no proof of one statement.
        ClaimLinker unknown = ClaimLinker.standard();
        unknown.store(List.of(said("a1", "A", "وكالة الشمال", DAY, "سامر الحداد", SpeakerKind.PERSON, longer)));
        assertThat(unknown.store(List.of(said("b1", "B", "صحيفة الجنوب", DAY, "مصدر", SpeakerKind.ANONYMOUS, ROAD))))
                .isEmpty();
    }

    @Test
    void aBusySpeakersParaphraseIsFoundBehindHisNewerStatements() {
        ClaimLinker linker = ClaimLinker.standard();
        linker.store(List.of(said("a1", "A", "وكالة الشمال", DAY, "سامر الحداد", SpeakerKind.PERSON, ROAD)));
        // More statements of the same speaker on other matters than the speaker key's cap keeps.
        for (int i = 0; i < 20; i++) {
            linker.store(List.of(said("n" + i, "N" + i, "وكالة الشمال", DAY, "سامر الحداد", SpeakerKind.PERSON,
                    "إن المجلس البلدي ناقش ميزانية المدارس والمستشفيات في جلسته رقم " + (i + 1))));
        }
        String paraphrase = "السيارات ستسلك الطريق الجديد على الساحل عندما تكمل الحكومة الصيانة في الشهر القادم بحسب الخطة";
        assertThat(linker.store(List.of(said("b1", "B", "صحيفة الجنوب", DAY, "سامر الحداد", SpeakerKind.PERSON, paraphrase))))
                .singleElement().satisfies(l -> assertThat(l.from()).isEqualTo("a1"));
    }

    @Test
    void aReprintWithItsOwnDayAndOccasionIsStillOneStatement() {
        String said = "إن الوزارة ستفتتح المستشفى الجديد في المدينة الساحلية بعد اكتمال تجهيزاته الطبية";
        ClaimLinker linker = ClaimLinker.standard();
        linker.store(List.of(said("a1", "A", "وكالة الشمال", DAY, "سامر الحداد", SpeakerKind.PERSON, said)));
        assertThat(linker.store(List.of(said("b1", "B", "صحيفة الجنوب", DAY, "مصدر", SpeakerKind.ANONYMOUS,
                said + " في بيان أمس الأربعاء")))).singleElement()
                .satisfies(l -> assertThat(l.relation()).isEqualTo(Relation.AGREE));
        // Other words added are not a frame: the same sentence with a new detail is not a reprint.
        ClaimLinker other = ClaimLinker.standard();
        other.store(List.of(said("a1", "A", "وكالة الشمال", DAY, "سامر الحداد", SpeakerKind.PERSON, said)));
        assertThat(other.store(List.of(said("b1", "B", "صحيفة الجنوب", DAY, "مصدر", SpeakerKind.ANONYMOUS,
                said + " وسيستقبل مرضى القلب والكلى")))).isEmpty();
    }

    private static LinkableClaim condemned(String id, String article, String ministry) {
        String content = "الهجوم المسلح الذي استهدف حافلة الركاب قرب الحدود الشمالية وأودى بحياة ثلاثة مسافرين";
        Claim c = new Claim(id, new Span("أدانت", 0, 5), new org.mizan.core.Speaker(ministry, ministry, null,
                SpeakerKind.ORGANIZATION, null, false, "fixture"), new Span(content, 20, 20 + content.length()), DAY, null,
                org.mizan.core.DateSource.EXPLICIT, Polarity.AFFIRMED, List.of());
        return LinkableClaim.of(id, article, "وكالة " + article, DAY, c);
    }

    @Test
    void twoCountriesCondemningOneAttackInOneWordingAreTwoStatements() {
        ClaimLinker linker = ClaimLinker.standard();
        linker.store(List.of(condemned("a1", "A", "وزارة الخارجية الأردنية")));
        assertThat(linker.store(List.of(condemned("b1", "B", "وزارة الخارجية التونسية")))).isEmpty();
        ClaimLinker one = ClaimLinker.standard();
        one.store(List.of(condemned("a1", "A", "وزارة الخارجية الأردنية")));
        assertThat(one.store(List.of(condemned("b1", "B", "وزارة الخارجية الأردنية")))).hasSize(1);
    }

    @Test
    void theSpeakersOwnFeelingWordedAlikeByTwoGovernmentsIsTwoStatements() {
        String formula = "عن تضامنها الكامل مع أهالي المدينة المنكوبة بعد الفيضان الذي أغرق الأحياء الشرقية ودمر الجسور";
        ClaimLinker linker = ClaimLinker.standard();
        linker.store(List.of(said("a1", "A", "وكالة الشمال", DAY, "وزارة الخارجية الأردنية", SpeakerKind.ORGANIZATION, formula)));
        assertThat(linker.store(List.of(said("b1", "B", "صحيفة الجنوب", DAY, "مصدر", SpeakerKind.ANONYMOUS, formula))))
                .isEmpty();
    }

    private static LinkableClaim byRole(String id, String article, String role, String content) {
        org.mizan.core.Speaker s = new org.mizan.core.Speaker("سامر الحداد", "سامر الحداد", null, SpeakerKind.PERSON,
                role, false, "fixture");
        Claim c = new Claim(id, new Span("قال", 0, 3), s, new Span(content, 0, content.length()), DAY, null,
                org.mizan.core.DateSource.EXPLICIT, Polarity.AFFIRMED, List.of());
        return LinkableClaim.of(id, article, "وكالة " + article, DAY, c);
    }

    @Test
    void oneNameWithRolesOfTwoNationalitiesIsTwoSpeakersForLinkingAsForPages() {
        String said = "إن الحكومة ستفتتح الطريق الساحلي الجديد أمام السيارات مطلع الشهر المقبل";
        String paraphrase = "إن الطريق الساحلي الجديد سيفتح أمام حركة الشاحنات والحافلات في الشهر المقبل بعد تأخير طويل";
        ClaimLinker one = ClaimLinker.standard();
        one.store(List.of(byRole("a1", "A", "وزير النقل الأردني", said)));
        assertThat(one.store(List.of(byRole("b1", "B", "وزير النقل الأردني", paraphrase)))).hasSize(1);
        ClaimLinker two = ClaimLinker.standard();
        two.store(List.of(byRole("a1", "A", "وزير النقل الأردني", said)));
        assertThat(two.store(List.of(byRole("b1", "B", "السفير المغربي", paraphrase)))).isEmpty();
    }
}

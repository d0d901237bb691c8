package org.mizan.ingest.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.text.ArabicFolding;

/**
 * One table per sieve: sentence | which claim (0-based) | the speaker's canonical name | implicit. Each
 * row states what the rule decides; the rule recorded must be the sieve's own.
 */
class SpeakerSievesTest {

    private static final AttributionStage STAGE = AttributionStage.standard();

    private static void check(String text, int claim, String name, boolean implicit, AttributionRule rule) {
        List<AttributedStatement> found = STAGE.attribute(TestDocuments.of(text));
        assertThat(found).hasSizeGreaterThan(claim);
        AttributedStatement s = found.get(claim);
        assertThat(s.speaker().name()).isEqualTo(name);
        assertThat(s.speaker().implicit()).isEqualTo(implicit);
        assertThat(s.speaker().rule()).isEqualTo(rule.label());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ارتفعت الأسعار عشرة في المئة، بحسب مكتب الإحصاء الوطني.|0|مكتب الإحصاء الوطني",
            "تراجعت الصادرات، وفقا لتقرير البنك المركزي.|0|تقرير البنك المركزي",
            // an addressee word kept whole by the tokenizer: after a source phrase its ل is the phrase's
            "ووفقا لوكالة الأنباء الكينية، افتتح الجسر الجديد صباحا.|0|وكالة الأنباء الكينية",
            "تأخر القطار ساعتين، وفقا لصحيفة المساء المحلية.|0|صحيفة المساء المحلية",
            // the source is the genitive of a noun naming what it said, with the phrase's ل on that noun
            "وانسحبت القوات من المطار، وفقا لتأكيد مصدر عسكري محلي.|0|مصدر عسكري محلي",
    })
    void sourcePhrase(String text, int claim, String name) {
        check(text, claim, name, false, AttributionRule.SOURCE_PHRASE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وكانت نقابة الأطباء قد أعلنت الإضراب العام.|0|نقابة الأطباء",
            "لكن خبراء مستقلين يرون أن الخطة متأخرة.|0|خبراء مستقلين",
            // a quantifier heads the group it quantifies
            "لكن بعض أعضاء البرلمان يتهمون الحكومة بالتقصير.|0|بعض أعضاء البرلمان",
            // allies speak as a group
            "وقال الوزير إن الاجتماع انتهى، رغم أن الحلفاء طالبوا بتأجيله.|1|الحلفاء",
            // a subject carrying a relative clause that a comma closes, the pronoun agreeing with the verb
            "وزارة الصحة التي تعرضت لانتقادات واسعة، أعلنت أن المستشفيات جاهزة.|0|وزارة الصحة",
            "الأردن الذي استقبل آلاف اللاجئين، أكد أن الحدود ستبقى مفتوحة.|0|الأردن",
            // before قد the slot after the opener is the subject's alone: a role that stops short leaves the name
            "وكان رئيس الهيئة الوطنية للانتخابات مازن الحربي قد قال إن النتائج ستعلن قريبا.|0|مازن الحربي",
            "وكانت وزيرة الصحة سعاد منصور قد أعلنت أن اللقاح آمن.|0|سعاد منصور",
            // "نائب الرئيس" ends its chain at الرئيس: not the deputy prime minister met before
            "وقال نائب رئيس الوزراء سامي الفرا إن الخطة جاهزة. وكان نائب الرئيس أيضا قد أشاد بالزيارة.|1|نائب الرئيس",
    })
    void preVerbalSubject(String text, int claim, String name) {
        check(text, claim, name, false, AttributionRule.PRE_VERBAL_SUBJECT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وأكد وزير الزراعة المغربي أحمد السالمي أن المحصول وفير.|0|أحمد السالمي",
            "وأعلنت الوزيرة هالة سمير عن خطة جديدة.|0|هالة سمير",
            // a name of any origin fills the subject slot up to the complementiser, common words included
            "وقال المنسق الإقليمي لبرنامج الغذاء سونغ كي مين إن المخزون يكفي.|0|سونغ كي مين",
            "وقالت رئيسة البعثة الأممية في الإقليم كارين فان ديك إن المعابر مفتوحة.|0|كارين فان ديك",
            "وقال قائد الشرطة المحلية العقيد نوح كاظم إن الطرق آمنة.|0|نوح كاظم",
            "وقال مدير الشركة الكابتن خميس العتيبي إن الرحلات مستمرة.|0|خميس العتيبي",
            // an aside between dashes after the speaker does not hide the verb's complement
            "ودعا وزير الخارجية الفرنسي جان ميشيل -الذي كان يتحدث في مؤتمر صحفي- إلى وقف القتال.|0|جان ميشيل",
            // the name first, the role in apposition after it
            "وقال اليكس ماكدونالد المتحدث باسم الحكومة إن الوضع هادئ.|0|اليكس ماكدونالد",
            "وقال ماركو بيلي المتحدث باسم البلدية إن الحريق أخمد.|0|ماركو بيلي",
            // ويدعى / واسمه name the person a description introduced; ويدعى is no cue of its own
            "وقال أحد المزارعين ويدعى حمدان السيار إن الموسم جيد.|0|حمدان السيار",
            // no name: the object, a time adjunct, a place after a preposition, an addressee, a relative clause
            "وأكد الوزير ضرورة أن تبدأ المحادثات فورا.|0|الوزير",
            "وقال الوزير أمس إن الميزانية جاهزة.|0|الوزير",
            "وقال المتحدث في بروكسل إن القرار نهائي.|0|المتحدث",
            "وقال مدير المستشفى لصحيفة المساء إن الجرحى بخير.|0|مدير المستشفى",
            "وقال الوزير الإيطالي لراديو روما إن الحكومة لن تستقيل.|0|الوزير الإيطالي",
            "وقال بعض السكان إن المياه انقطعت.|0|بعض السكان",
            // a sound plural of the agent pattern فاعل is a group: "الناخبون"
            "وقال الناخبون إن الانتخابات نزيهة.|0|الناخبون",
            // a department is named with the body it belongs to
            "بينما أكدت دائرة الشؤون القانونية في منظمة التحرير أن القرار باطل.|0|دائرة الشؤون القانونية في منظمة التحرير",
            "وقالت الوزارة في بيان إن القرار باطل.|0|الوزارة",
            // a blessing after the name is no part of it
            "وقال الشيخ سالم حفظه الله إن الوحدة واجبة.|0|سالم",
            "ويرى العديد من المراقبين أن الانتخابات تأخرت.|0|العديد من المراقبين",
            // without من, عدد is "the number of": no speaker inside the content
            "وقال الوزير إن عدد الضحايا ارتفع.|0|الوزير",
            "وقال السفير الذي يزور المدينة إن الزيارة ناجحة.|0|السفير",
            // an anonymous source keeps the body it speaks from
            "وذكر مصدر أمني رفيع في حركة التحرير الوطني «فتح» أن الوضع هادئ.|0|مصدر أمني رفيع في حركة التحرير الوطني فتح",
            // a body named again by its head noun and its own name is the same body; another name is another body
            "وقالت حركة الشباب الوطني «نور» في بيان إن المسيرة سلمية. وأكدت حركة «نور» أن أنصارها سيشاركون.|1|حركة الشباب الوطني نور",
            "وقالت حركة الشباب الوطني «نور» في بيان إن المسيرة سلمية. وأكدت حركة «نصر» أن أنصارها سيشاركون.|1|حركة نصر",
            // a theophoric name written joined (عبد + divine name): its final ه is no possessive pronoun
            "وأكد الرئيس ، عبدربه سالم العمري رئيس المجلس الانتقالي أن الحوار مستمر.|0|عبدربه سالم العمري",
            "وقال المحافظ عبدالله ناصر الخطيب إن المياه عادت.|0|عبدالله ناصر الخطيب",
            // a description naming another country's official is not the earlier official
            "وقال وزير الخارجية القطري سالم الكواري إن المحادثات بناءة. ورأى وزير الخارجية الكندي بدوره أن الموعد بعيد.|1|وزير الخارجية الكندي",
    })
    void postVerbalSubject(String text, int claim, String name) {
        check(text, claim, name, false, AttributionRule.POST_VERBAL_SUBJECT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وأضاف الوزير ''نحن مستعدون للحوار''.",
            "وأضاف الوزير «نحن مستعدون للحوار».",
            "وقال المحافظ \"لن نغلق الطريق أمام أحد\".",
    })
    void aQuoteOfSeveralWordsAfterACompleteTitleIsSpeechNotAName(String text) {
        List<AttributedStatement> found = STAGE.attribute(TestDocuments.of(text));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().mention()).doesNotContain("«", "\"", "'");
        assertThat(found.get(0).content()).isNotNull();
    }

    /** The example sentences of issue 12, each standing for a class of errors: sentence | speaker. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وقال الأمين العام لمنظمة الصحة العالمية بان كي مون إن اللقاحات وصلت.|بان كي مون",
            "وقال مدير الشركة الكابتن خميس العتيبي إن الرحلات مستمرة.|خميس العتيبي",
            "وقال اليكس ماكدونالد المتحدث باسم الحكومة إن الوضع هادئ.|اليكس ماكدونالد",
            "وقال أحد السكان ويدعى سالم المري إن المياه انقطعت.|سالم المري",
            "وقال الوزير الإيطالي لراديو روما إن الحكومة لن تستقيل.|الوزير الإيطالي",
            "وقال الرئيس حسن الدالي إن الحوار مستمر. وسبق للرئيس أن قال مرارا إن البلاد لن تتراجع.|حسن الدالي",
            "وأشاد الوزير بجهود الحكومة في مكافحة الفساد.|الوزير",
            "ودان الاتحاد الأوروبي الهجوم على القافلة.|الاتحاد الأوروبي",
            "وجاء في البيان أن الحكومة ستجتمع غدا.|البيان",
            "قتل عشرين شخصا وفق الأمم المتحدة.|الأمم المتحدة",
            "وأضاف الوزير ''نحن مستعدون للحوار''.|الوزير",
    })
    void issueExamples(String text, String speaker) {
        List<AttributedStatement> found = STAGE.attribute(TestDocuments.of(text));
        assertThat(found).isNotEmpty();
        assertThat(found.get(found.size() - 1).speaker().name()).isEqualTo(speaker);
        assertThat(found.get(found.size() - 1).content()).isNotNull();
    }

    @Test
    void aNamingVerbInsideTheSpeakerPhraseIsNoClaim() {
        assertThat(STAGE.attribute(TestDocuments.of("وقال أحد السكان ويدعى سالم المري إن المياه انقطعت.")))
                .extracting(s -> s.speaker().name()).containsExactly("سالم المري");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ونقلت الإذاعة الرسمية عن الوزير كريم الحسني قوله إن الطريق مفتوح.|0|كريم الحسني",
    })
    void relayedSource(String text, int claim, String name) {
        check(text, claim, name, false, AttributionRule.RELAYED_SOURCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وقال رئيس البلدية حسن العلي إن الشوارع نظيفة. وأكد الرئيس أن العمل مستمر.|1|حسن العلي",
            // "سبق لـX أن قال": the ل-object of a verb of prior aspect is the doer; never the adverb مرارا
            "وقال الرئيس حسن الدالي إن الحوار مستمر. وسبق للرئيس أن قال مرارا إن البلاد لن تتراجع.|1|حسن الدالي",
            // a description repeating a noun of an anonymous source's phrase is that source
            "وقال مصدر قيادي في حزب العمال إن المؤتمر سيعقد في موعده. وأوضح القيادي أن الحزب مستعد للانتخابات.|1|مصدر قيادي في حزب العمال",
    })
    void definiteDescription(String text, int claim, String name) {
        check(text, claim, name, false, AttributionRule.DEFINITE_DESCRIPTION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "أعلن المدير العام للشركة ناصر الخطيب الخطة، مؤكدا أنها تحمي الوظائف.|1|ناصر الخطيب",
    })
    void participleGovernor(String text, int claim, String name) {
        check(text, claim, name, true, AttributionRule.PARTICIPLE_GOVERNOR);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وأعلنت الوزيرة هالة سمير عن خطة جديدة. وأضافت أن التنفيذ يبدأ غدا.|1|هالة سمير",
            "وقالت الوزيرة هالة سمير إن الخطة جاهزة. وقال السفير رامي حداد إن الوفد وصل. وأضافت أن الموعد قريب.|2|هالة سمير",
            // a particle with a pronoun inside a quote ("لكني") is no new entity: the quoted speaker goes on
            "وقال السفير رامي حداد إن الوضع صعب. وأضاف: «لكني أعتقد أن الحل قريب». وأضاف أن المحادثات مستمرة.|3|رامي حداد",
    })
    void droppedSubject(String text, int claim, String name) {
        check(text, claim, name, true, AttributionRule.DROPPED_SUBJECT);
    }

    @Test
    void aRelativePronounThatDisagreesWithTheVerbLeavesNoPreVerbalSubject() {
        List<AttributedStatement> found = STAGE.attribute(TestDocuments.of(
                "وزارة الصحة التي تعرضت لانتقادات واسعة، أكد أن المستشفيات جاهزة."));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).speaker().rule()).isNotEqualTo(AttributionRule.PRE_VERBAL_SUBJECT.label());
    }

    @Test
    void aClaimBeforeAnySpeakerStaysUnresolved() {
        check("وأضاف أن الاجتماع انتهى.", 0, SpeakerAttributor.UNRESOLVED, true, AttributionRule.UNRESOLVED);
    }

    @Test
    void ruleLabelsAreTheWireNames() {
        assertThat(Arrays.stream(AttributionRule.values()).map(AttributionRule::label))
                .contains("post-verbal-subject", "dropped-subject-fallback", "source-phrase");
    }

    @Test
    void everyWordClassHasWordsWrittenFolded() {
        // the classes the code compares with text as written, before folding (ة, أ)
        Set<WordClass> written = Set.of(WordClass.DESIGNATING_LEMMA, WordClass.CONTINUATIVE_LEMMA,
                WordClass.FEMININE_ENDING_WRITTEN);
        for (WordClass c : WordClass.values()) {
            assertThat(c.words()).as(c.name()).isNotEmpty();
            for (String w : written.contains(c) ? Set.<String>of() : c.words()) {
                assertThat(ArabicFolding.fold(w)).as(c + " " + w).isEqualTo(w);
            }
        }
        assertThat(WordClass.AUXILIARY.has("قد")).isTrue();
        assertThat(WordClass.AUXILIARY.has("قال")).isFalse();
    }
}

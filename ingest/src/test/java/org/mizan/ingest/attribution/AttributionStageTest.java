package org.mizan.ingest.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionStageTest {

    private static final AttributionStage STAGE = AttributionStage.standard();

    private static List<AttributedStatement> claims(String text) {
        return STAGE.attribute(TestDocuments.of(text));
    }

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', value = {
            "وقال وزير الخارجية الروسي سيرغي لافروف الاثنين إن الحكومة وقعت على الاتفاق.|سيرغي لافروف|post-verbal-subject",
            "وكانت السفارة الليبية في القاهرة قد أعلنت إغلاق أبوابها.|السفارة الليبية|pre-verbal-subject",
            "لكن تقارير جديدة تشير إلى تراجع المخزون.|تقارير جديدة|pre-verbal-subject",
            "وصل الوفد صباحا، وفقا لما أوردته وكالة الأناضول.|وكالة الأناضول|source-phrase",
            "ونقلت الإذاعة المحلية عن المحافظ خالد يوسف قوله إن الطرق سالكة.|خالد يوسف|relayed-source",
            "وأكد لبي بي سي مصدر بالسفارة الليبية أن الرجل سلم نفسه.|مصدر بالسفارة الليبية|post-verbal-subject",
            "وقال لـ«الشرق» مسؤول كبير في الوزارة إن الوفد وصل.|مسؤول كبير في الوزارة|post-verbal-subject",
            "وقتل عشرة جنود في الهجوم، وفقا للفرنسية.|الفرنسية|source-phrase",
            "وانقطعت الكهرباء عن القرية، بحسب ما ورد في بيان شركة التوزيع.|بيان شركة التوزيع|source-phrase",
            "وقتل عشرة جنود، طبقا لمصادر أمنية.|مصادر أمنية|source-phrase",
            "وقتل عشرة جنود في الهجوم، بحسب مصادر طبية وعسكرية.|مصادر طبية وعسكرية|source-phrase",
            "ووفق تقديرات خبراء مستقلين، تراجع المحصول.|خبراء مستقلين|source-phrase",
    })
    void decidesTheSpeakerWithTheMostPreciseSieve(String text, String name, String rule) {
        AttributedStatement s = claims(text).get(0);

        assertThat(s.speaker().name()).startsWith(name);
        assertThat(s.speaker().rule()).isEqualTo(rule);
        assertThat(s.speaker().implicit()).isFalse();
    }

    @Test
    void aParticipleTakesTheSubjectOfItsVerb() {
        List<AttributedStatement> found = claims("أكد السفير يوسف الشرقاوي أن السفارة فتحت، مشددا على أن العلاقات قوية.");

        assertThat(found).hasSize(2);
        assertThat(found.get(1).speaker().name()).isEqualTo("يوسف الشرقاوي");
        assertThat(found.get(1).speaker().implicit()).isTrue();
        assertThat(found.get(1).speaker().span()).isNull();
        assertThat(found.get(1).speaker().mention()).isEqualTo("السفير يوسف الشرقاوي");
    }

    @Test
    void aDroppedSubjectAgreesInGenderWithItsVerb() {
        List<AttributedStatement> found = claims(
                "وقالت وزارة الزراعة الكينية إن الحصاد تأخر. وقال السفير يوسف الشرقاوي إن البعثة جاهزة. "
                + "وأضافت أن الأمطار تعود غدا.");

        assertThat(found).extracting(s -> s.speaker().name())
                .containsExactly("وزارة الزراعة الكينية", "يوسف الشرقاوي", "وزارة الزراعة الكينية");
        assertThat(found.get(2).speaker().rule()).isEqualTo("dropped-subject");
    }

    @Test
    void theSubjectOfASentenceThatReportsNothingIsTheNextDroppedSubject() {
        List<AttributedStatement> found = claims(
                "وقال الناطق باسم البلدية أحمد سمير إن المياه رجعت إلى الحي. "
                + "ومن جهة أخرى، التقى وزير النقل سامح شكري بوفد من الموانئ. "
                + "وقال إن الاجتماع بحث الرسوم.");

        assertThat(found).extracting(s -> s.speaker().name()).containsExactly("أحمد سمير", "سامح شكري");
        assertThat(found.get(1).speaker().rule()).isEqualTo("dropped-subject");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وغرقت ثلاثة قوارب قرب الساحل، حسبما أفادت وكالة الأنباء الكينية.|وكالة الأنباء الكينية|وغرقت ثلاثة قوارب قرب الساحل",
            "وتضاعف عدد المصابين بالحمى، كما قال مسؤول رفيع في الوزارة.|مسؤول رفيع في الوزارة|وتضاعف عدد المصابين بالحمى",
            "وأطلق الرجل النار قبل أن يلقي سلاحه، كما صرح مصدر أمني للإذاعة.|مصدر أمني|وأطلق الرجل النار قبل أن يلقي سلاحه",
            "وأصيب ثلاثون مزارعا بالتسمم وفق منظمة الصحة العالمية.|منظمة الصحة العالمية|وأصيب ثلاثون مزارعا بالتسمم",
    })
    void aPostposedAttributionReportsTheClauseBeforeIt(String text, String speaker, String content) {
        AttributedStatement s = claims(text).get(0);

        assertThat(s.speaker().name()).isEqualTo(speaker);
        assertThat(s.content().text()).isEqualTo(content);
    }

    @Test
    void theReporterStaysInFocusAfterTheSpeakerItReports() {
        List<AttributedStatement> found = claims(
                "وأشار المتحدث باسم الهيئة أحمد حافظ إلى أن الرئيس الكيني باراك أوباما أكد أن الحصة كافية. "
                + "وأضاف أن التوزيع يبدأ غدا.");

        assertThat(found).extracting(s -> s.speaker().name()).containsExactly("أحمد حافظ", "باراك أوباما", "أحمد حافظ");
    }

    @Test
    void whatASpeakerCalledSomethingIsTheirClaim() {
        List<AttributedStatement> found = claims(
                "وأعرب الناطق باسم النقابة سامي أبو زهري عن انزعاجه لما وصفه بـ \"التقرير المضلل\".");

        assertThat(found).extracting(s -> s.speaker().name()).containsExactly("سامي أبو زهري", "سامي أبو زهري");
        assertThat(found.get(1).speaker().implicit()).isTrue();
    }

    @Test
    void aNounPastThePrepositionIsNoSubjectOfTheSentence() {
        List<AttributedStatement> found = claims(
                "قال الرئيس المالطي جوزيف موسكات إن المحادثات تتقدم ببطء. "
                + "وأعرب عن ارتياحه لقدوم قنصل نرويجي إلى الجزيرة. وقال إنه ينوي السفر إلى أوسلو.");

        assertThat(found).extracting(s -> s.speaker().name())
                .containsExactly("جوزيف موسكات", "جوزيف موسكات", "جوزيف موسكات");
    }

    @Test
    void aKnownNameBeginningWithBaIsTheSubjectNotTheComplement() {
        List<AttributedStatement> found = claims(
                "واستقبل الرئيس الأمريكي باراك أوباما الوفد في البيت الأبيض. "
                + "وقال رئيس الوزراء إيهود باراك إن الميزانية متأخرة. دعا باراك إلى خطة تقشف سريعة.");

        assertThat(found.get(found.size() - 1).speaker().rule()).isEqualTo("post-verbal-subject");
        assertThat(found.get(found.size() - 1).speaker().mention()).isEqualTo("باراك");
    }

    @Test
    void aDefiniteDescriptionPrefersTheRoleItRepeatsWhateverTheGenderOfItsAdjectives() {
        List<AttributedStatement> found = claims(
                "وذكر رئيس الوزراء الهولندي مارك روته أن الاتصال تم. وأوضح الرئيس الفنلندي ساولي نينيستو أن "
                + "الخلاف انتهى. وأكد رئيس الحكومة الهولندية أن البضائع ستدخل.");

        assertThat(found.get(2).speaker().name()).isEqualTo("مارك روته");
        assertThat(found.get(2).speaker().rule()).isEqualTo("definite-description");
    }

    @Test
    void aDefiniteDescriptionResolvesToTheLatestPersonWithThatTitle() {
        List<AttributedStatement> found = claims(
                "كشف وزير الدفاع التركي خلوصي آكار أن الزيارة نجحت. وجدد الوزير التأكيد على أن تركيا تدعم الحل.");

        assertThat(found.get(1).speaker().name()).isEqualTo("خلوصي آكار");
        assertThat(found.get(1).speaker().mention()).isEqualTo("الوزير");
        assertThat(found.get(1).speaker().rule()).isEqualTo("definite-description");
    }

    @Test
    void aCueInsideAnotherClaimIsAClaimOfItsOwn() {
        List<AttributedStatement> found = claims(
                "وأوضحت وزارة الخارجية أن المحادثات تأتي استمرارا للمبادرة والتي أعلن طرفا النزاع استجابتهما لها.");

        assertThat(found).extracting(s -> s.speaker().name()).containsExactly("وزارة الخارجية", "طرفا النزاع");
    }

    @Test
    void aFeminineAntecedentIsNoSubjectOfAMasculineVerb() {
        List<AttributedStatement> found = claims(
                "وأعرب السفير يوسف الشرقاوي عن أسفه للحملة الكاذبة التي قال إنها تستهدف بلاده.");

        assertThat(found).extracting(s -> s.speaker().name()).containsOnly("يوسف الشرقاوي");
    }

    @Test
    void strandsNoClaimOutsideTheBody() {
        String text = "قال الوزير خالد يوسف إن الاتفاق صامد.\nأحدث الأخبار\nقال السفير سامي علي إن الوفد وصل.";
        int bodyEnd = text.indexOf("أحدث الأخبار");

        List<AttributedStatement> found = STAGE.attribute(TestDocuments.of(text, bodyEnd));

        assertThat(found).hasSize(1);
        assertThat(found).allMatch(s -> s.cue().end() <= bodyEnd);
    }

    @Test
    void anAddresseeIsNeverTheSubject() {
        List<AttributedStatement> found = claims(
                "وصرح المبعوث الأممي كارلوس مندوزا بأن المعابر فتحت. وقال لرويترز في مقابلة \"سنرسل القوافل غدا\". "
                + "وأضاف للصحفيين أن الطرق آمنة.");

        assertThat(found).extracting(s -> s.speaker().name()).containsOnly("كارلوس مندوزا");
    }

    @Test
    void anAdverbBeforeTheSubjectIsSkipped() {
        List<AttributedStatement> found = claims("وسبق أن أكد مرارا رئيس البلدية سالم الهاشمي أن المشروع سيكتمل.");

        assertThat(found.get(0).speaker().name()).isEqualTo("سالم الهاشمي");
    }

    @Test
    void aDutchParticleAfterAGivenNameContinuesTheName() {
        List<AttributedStatement> found = claims("وقال يوهان فان دايك إن السفينة أبحرت.");

        assertThat(found.get(0).speaker().name()).isEqualTo("يوهان فان دايك");
        assertThat(found.get(0).content().text()).isEqualTo("السفينة أبحرت");
    }
}

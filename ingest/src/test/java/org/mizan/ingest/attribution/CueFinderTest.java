package org.mizan.ingest.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueFinderTest {

    private static final CueFinder FINDER = CueFinder.standard();

    private static List<String> cues(String sentence) {
        List<Token> tokens = Tokenizer.standard().tokenize(sentence);
        return FINDER.find(sentence, tokens).stream().map(c -> c.span().text()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وقال وزير الخارجية إن المحادثات مستمرة.|وقال",
            "وقالت الوزارة في بيان إن الوفد وصل.|وقالت",
            "قالوا إن الطريق مغلق.|قالوا",
            "ويقول المسؤولون إن الخطة جاهزة.|ويقول",
            "أكد الرئيس حرص بلاده على الحوار.|أكد",
            "وأشارت المصادر إلى أن الاجتماع تأجل.|وأشارت",
            "وشدد السفير على أن العلاقات قوية.|وشدد",
            "وأعرب الوزير عن رغبته في تسوية النزاع قريبا.|وأعرب",
            "وأضاف: «لن نتراجع».|وأضاف",
            "وصفها الوزير بأنها خطوة مهمة.|وصفها",
            "جاء ذلك وفقا لما أوردته وكالة الأنباء الرسمية.|وفقا لما أوردته",
            "وبحسب البيان فإن الوفد غادر.|وبحسب",
            "ذكرت الصحيفة نقلا عن مصدر مطلع أن الاتفاق قريب.|ذكرت,نقلا عن",
            "أكد الوزير أن الاتفاق صامد، مشيرا إلى أن الهدنة مستمرة.|أكد,مشيرا",
            "قال السفير إن السفارة فتحت، مؤكدة أن الخدمات عادت.|قال,مؤكدة",
            "ورفضت المصادر ما قاله الوزير من أن الاتفاق سيئ.|قاله",
            "وعبر عن انزعاجه لما وصفه بـ \"التقرير المضلل\".|وعبر,وصفه",
            "ودعا إلى وضع حد لما أسماه بـ \"المهاترات\".|ودعا,أسماه",
            "فقد وصفه النائب بالكارثي.|وصفه",
            "وطمأنه بأن الاتحاد ملتزم بمساعدة البلاد.|وطمأنه",
            "وتحدث الموفد الأممي عن عواقب الجفاف على المزارعين.|وتحدث",
            // مجددا before a preposition is the adverb "again"; with its object it is the participle
            "وأكدت الناطقة مجددا على موقف الحكومة من المفاوضات.|وأكدت",
            "وقال الوزير إن الحوار مستمر، مجددا التأكيد على دعم الهدنة.|وقال,مجددا",
            "وهاجم النائب تصريحات الوزير الأخيرة حول الضرائب.|وهاجم",
            "وكان الوزير يشير إلى أن الحدود مغلقة.|يشير",
            "وانتقد الوزير ما أطلق عليه \"فوضى تعم الطرقات\".|وانتقد,أطلق عليه",
            "وأصر الوزير على أن الوفد غادر لظروف خاصة.|وأصر",
            "وأبلغ رئيس الوزراء نظيره التركي بالاعتذار عن الهجوم.|وأبلغ",
            "أعرب بيتر هولم، الناطق باسم إلسا بيرغ المفوضة العليا لشؤون اللاجئين في المنظمة، عن رغبة مشتركة.|أعرب",
            "وأطلق الرجل النار قبل أن يلقي سلاحه، كما صرح مصدر أمني للإذاعة.|صرح",
            "وسيقول المندوب أمام اللجنة إن بلاده لن تنسحب.|وسيقول",
            "ستعلن الهيئة أن الامتحانات تأجلت.|ستعلن",
            "وتأخرت الرحلات ساعتين، وفق مصادر في المطار.|وفق",
            "وأشاد المدرب بأداء اللاعبين الشبان.|وأشاد",
            "وانتقدت النقابة قرار رفع الرسوم.|وانتقدت",
            "ونددت المنظمة بإغلاق المدارس.|ونددت",
            "ودانت الجامعة العربية قصف المستشفى.|ودانت",
            "وتنص المادة الثالثة على أن الأجور تصرف شهريا.|وتنص",
            "وجاء في التقرير أن المخزون يكفي شهرين.|وجاء في",
    })
    void findsReportingCuesInEveryInflection(String sentence, String expected) {
        assertThat(cues(sentence)).containsExactly(expected.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "صنع العامل قالب يدي من الجبس.",
            "التقى الوزيران من بين العروض المقدمة.",
            "وصل الوفد عبر الحدود البرية أمس.",
            "يذكر أن الوزير زار المدينة العام الماضي.",
            "وقع الاتفاق بين البلدين في العاصمة.",
            "تقدم الحزب بطلب رسمي بناء على طلب من أعضائه.",
            "ومن حق الرئيس أن يطلب من الحكومة الاستقالة.",
            "رحل الوفد دون أن تعلن صراحة عن موعد العودة.",
            "هاجم الكاتب الذين يقولون هذا الكلام.",
            "انتهى الاجتماع بحسب وصفه في أجواء إيجابية.",
            "لكن القائد طلب المزيد من الوقت للنظر في المقترح.",
            "والمبادرة إشارة إلى تقارب المواقف بين الجارتين.",
            "ومن الجدير ذكره أن الاجتماع تأجل.",
            "يلتقي الوفد الجالية ثم عدة لقاءات أخرى قبل أن يعود.",
            "وأكدنا للوفد موقفنا الثابت.",
            "وأطلق الجيش عليهم النار عند الحاجز.",
            "وتابع السلام بحسب وصفه الطريق الصحيح.",
            "وسيعلن المجلس موعد الاقتراع لاحقا.",
            "وتوزع المساعدات وفق جدول زمني.",
            "وجاء في المرتبة الثانية فريق الساحل.",
            // after تم / يتم a reporting word is the verbal noun of the passive periphrasis
            "ولم يتم ذكر عدد الضحايا في الحادث.",
            "وتم تأكيد موعد الرحلة الأولى للطائرة.",
            // هاجم is a speech act only against what someone said or holds
            "وهاجم مسلحون حاجزا للشرطة ليلا.",
            "وهاجمت الطائرات مواقع المتمردين في الجبال.",
            // كان + يشير إلى + a noun: what someone was referring to, not a report
            "ولم يتضح إن كان الناطق يشير إلى هذه الوحدات.",
    })
    void ignoresWordsThatOnlyLookLikeCues(String sentence) {
        assertThat(cues(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وطلب الرئيس من الحكومة أن تقدم استقالتها.|وطلب",
            "وطلبت الوزارة من المواطنين عدم الاقتراب من الموقع وأن يبلغوا عن أي جسم غريب.|وطلبت",
    })
    void takesARequestVerbOnlyWhenItAsksSomeoneTo(String sentence, String expected) {
        assertThat(cues(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ورغم نفي وزير الري سامي يوسف لتلك الشائعات فإن النقاش قائم.|نفي",
            "جاء ذلك بعد دعوة الرئيس الفرنسي جان دوبون الطرفين إلى الحوار.|دعوة",
    })
    void takesAVerbalNounWithItsNamedAgent(String sentence, String expected) {
        assertThat(cues(sentence)).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وجهت الحكومة دعوة رسمية إلى الوفد.",
            "رفض المجلس نفي الخبر.",
    })
    void ignoresAVerbalNounWithoutAgent(String sentence) {
        assertThat(cues(sentence)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وأضاف قائلا: «نحن مستعدون».|وأضاف",
            "وحذر الوزير قائلا إن الوضع خطير.|وحذر",
            // a verb that needs its content opened waits through the commas of the speaker's adjuncts
            "وتابع الوزير، خلال المؤتمر الصحفي مع نظيره، قائلا: «سنواصل العمل».|وتابع",
    })
    void mergesQaailanWithTheVerbItRepeats(String sentence, String expected) {
        assertThat(cues(sentence)).containsExactly(expected);
    }
}

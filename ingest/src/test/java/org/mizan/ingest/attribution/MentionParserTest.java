package org.mizan.ingest.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.SpeakerKind;

class MentionParserTest {

    private static final MentionParser PARSER = MentionParser.standard();

    /** Parses the mention right after the first word (the verb) of the sentence. */
    private static Mention afterVerb(String sentence) {
        List<Token> tokens = Tokenizer.standard().tokenize(sentence);
        return PARSER.parse(sentence, tokens, 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "وقال وزير الطاقة البولندي ماريوس كوفالسكي الاثنين إن|ماريوس كوفالسكي|وزير الطاقة البولندي|PERSON",
            "وقال الدكتور العمراوي في حديث إن|العمراوي|الدكتور|PERSON",
            "وشدد الناطق باسم الاتحاد سامي أبو رحمة على أن|سامي أبو رحمة|الناطق باسم الاتحاد|PERSON",
            "ذكر وزير الخارجية في الحكومة المؤقتة، عبد الهادي الحويج، أن|عبد الهادي الحويج|وزير الخارجية في الحكومة المؤقتة|PERSON",
            "أكد المشرف العام على قطاع الناشئين بنادي الساحل مروان دفتردار أن|مروان دفتردار|المشرف العام على قطاع الناشئين بنادي الساحل|PERSON",
            "وأوضحت وزارة الخارجية الروسية أن|وزارة الخارجية الروسية|-|ORGANIZATION",
            "وكشفت مصادر دبلوماسية روسية أن|مصادر دبلوماسية روسية|-|ANONYMOUS",
            "أعلن طرفا النزاع الليبي استجابتهما|طرفا النزاع الليبي|-|GROUP",
            "وقال أوباما إن|أوباما|-|PERSON",
            "عبر وزير خارجية النمسا كارل فرانز هوبر عن أمله|كارل فرانز هوبر|وزير خارجية النمسا|PERSON",
            "وأكد السياسي الراحل حسن خالد شلحة أن|حسن خالد شلحة|السياسي الراحل|PERSON",
            "وقال الزعيم الأعلى العراقي آية الله علي الحسني إن|علي الحسني|الزعيم الأعلى العراقي آية الله|PERSON",
            "واعلن مفاوضو الدول الاثنتي عشرة أنهم|مفاوضو الدول|-|GROUP",
            "وأعلن متحدثون أمنيون باسم الحكومة المحلية أن|متحدثون أمنيون باسم الحكومة|-|GROUP",
            "واتهمت دمشق مسلحي المعارضة باستخدام|دمشق|-|ORGANIZATION",
            "وأبدى مشرعون كنديون قلقهم حيال|مشرعون كنديون|-|GROUP",
            "وقال المتحدث باسم الأمين العام للجامعة العربية خوسيه ألفاريز إن|خوسيه ألفاريز|المتحدث باسم الأمين العام للجامعة العربية|PERSON",
            "وصرح متحدث باسم وزير الداخلية النمساوي كارل هوبر إن|-|متحدث باسم وزير الداخلية النمساوي كارل هوبر|ANONYMOUS",
            "وقال السيناتور بيل هاريسون، عضو لجنة الزراعة، إن|بيل هاريسون|السيناتور|PERSON",
    })
    void readsTheSpeakerPhraseAfterTheVerb(String sentence, String name, String role, SpeakerKind kind) {
        Mention m = afterVerb(sentence);

        assertThat(m).isNotNull();
        assertThat(m.name()).isEqualTo(name);
        assertThat(m.role()).isEqualTo(role);
        assertThat(m.kind()).isEqualTo(kind);
        assertThat(sentence.substring(m.span().start(), m.span().end())).isEqualTo(m.span().text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وجدد الوزير التأكيد على أن|الوزير",
            "وقال البيان إن|البيان",
            "وبحسب الصحيفة البريطانية فإن|الصحيفة البريطانية",
    })
    void marksDefiniteDescriptionsThatReferBack(String sentence, String mention) {
        Mention m = afterVerb(sentence);

        assertThat(m.description()).isTrue();
        assertThat(m.span().text()).isEqualTo(mention);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "والتقى نظيره المصري سامح شكري|false",
            "وقالت رئيسة الوزراء تيريزا ماي|true",
            "وقالت نظيرته الألمانية أنغيلا ميركل|true",
            "وقال الرئيس الكولومبي خوان سانتوس|false",
    })
    void takesATitlesGenderFromItsWrittenEnding(String sentence, boolean feminine) {
        assertThat(afterVerb(sentence).feminine()).isEqualTo(feminine);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // one unknown word after a preposition is a verbal noun, not the name the title waits for
            "عبر وزير خارجية النمسا عن حرص حكومته على تعزيز روابطها مع الجيران|وزير خارجية النمسا",
            "وقال وزير الخارجية في تصريح صحفي إن|وزير الخارجية",
    })
    void endsATitleWithoutANameAtItsPrepositionalComplement(String sentence, String mention) {
        Mention m = afterVerb(sentence);

        assertThat(m.name()).isNull();
        assertThat(m.span().text()).isEqualTo(mention);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "وقال إن الاتفاق صامد",
            "وأضاف في تصريح صحفي",
            "وأبدى استغرابه من القرار",
            "وقال بكل صراحة",
    })
    void findsNoSpeakerWhereTheVerbHasNone(String sentence) {
        assertThat(afterVerb(sentence)).isNull();
    }
}

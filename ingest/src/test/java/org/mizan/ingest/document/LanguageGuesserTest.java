package org.mizan.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.Span;

class LanguageGuesserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قال الوزير إن الاتفاق صامد وإن المحادثات ستستأنف الأسبوع المقبل في العاصمة | ar",
            "قال الوزير (CNN) إن الاتفاق صامد وإن المحادثات ستستأنف قريبا | ar",
            "AFP: قال مسؤول في الوزارة إن الطريق سيفتح أمام السيارات غدا | ar",
            "The minister said the truce holds and that talks will resume next week in the capital | en",
            "Le ministre a déclaré que la trêve tient et que les discussions reprendront la semaine prochaine | fr",
            "وزیر خارجه گفت که گفتگوها هفته آینده در پایتخت از سر گرفته خواهد شد و آتش‌بس پابرجاست | fa",
            "وزیر نے کہا کہ جنگ بندی برقرار ہے اور بات چیت اگلے ہفتے دارالحکومت میں دوبارہ شروع ہوگی | ur",
            "Bakan, ateşkesin sürdüğünü ve görüşmelerin gelecek hafta başkentte yeniden başlayacağını söyledi | tr",
            "השר אמר שהפסקת האש מחזיקה וכי השיחות יתחדשו בשבוע הבא בבירה | he",
            "12345 ... 678 | und"})
    void namesTheLanguageNotJustTheScript(String text, String language) {
        assertThat(new LanguageGuesser().guess(text, Span.of(text, 0, text.length()))).isEqualTo(language);
    }
}

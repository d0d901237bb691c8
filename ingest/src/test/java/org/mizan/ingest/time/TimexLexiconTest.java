package org.mizan.ingest.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimexLexiconTest {

    private final TimexLexicon lexicon = TimexLexicon.standard();

    private static String key(String s) {
        return TimexLexicon.key(s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "الاثنين, MONDAY", "الإثنين, MONDAY", "الثلاثاء, TUESDAY", "الأربعاء, WEDNESDAY", "الاربعاء, WEDNESDAY",
            "الخميس, THURSDAY", "الجمعة, FRIDAY", "السبت, SATURDAY", "الأحد, SUNDAY", "الاحد, SUNDAY"})
    void knowsWeekdays(String name, DayOfWeek day) {
        assertThat(lexicon.weekday(key(name))).isEqualTo(day);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"أحد", "اثنين", "الجمعية", "اليوم"})
    void keepsAmbiguousWordsOutOfWeekdays(String word) {
        assertThat(lexicon.weekday(key(word))).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "يناير, 1", "كانون الثاني, 1", "فبراير, 2", "شباط, 2", "مارس, 3", "آذار, 3", "اذار, 3",
            "أبريل, 4", "ابريل, 4", "إبريل, 4", "نيسان, 4", "مايو, 5", "أيار, 5", "يونيو, 6", "يونيه, 6",
            "حزيران, 6", "يوليو, 7", "يوليه, 7", "تموز, 7", "أغسطس, 8", "اغسطس, 8", "آب, 8", "سبتمبر, 9",
            "أيلول, 9", "ايلول, 9", "أكتوبر, 10", "اكتوبر, 10", "تشرين الأول, 10", "نوفمبر, 11",
            "تشرين الثاني, 11", "ديسمبر, 12", "كانون الأول, 12"})
    void knowsGregorianMonthsInBothSets(String name, int month) {
        assertThat(lexicon.gregorianMonth(key(name)).month()).isEqualTo(month);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"مارس, true", "آب, true", "يناير, false", "كانون الثاني, false", "أيلول, false"})
    void marksMonthNamesWithOtherMeanings(String name, boolean ambiguous) {
        assertThat(lexicon.gregorianMonth(key(name)).ambiguous()).isEqualTo(ambiguous);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "محرم, 1", "صفر, 2", "ربيع الأول, 3", "ربيع الثاني, 4", "ربيع الآخر, 4", "جمادى الأولى, 5",
            "جمادى الآخرة, 6", "رجب, 7", "شعبان, 8", "رمضان, 9", "شوال, 10", "ذو القعدة, 11", "ذي القعدة, 11",
            "ذو الحجة, 12", "ذي الحجة, 12"})
    void knowsHijriMonths(String name, int month) {
        assertThat(lexicon.hijriMonth(key(name)).month()).isEqualTo(month);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"اليوم, 0", "الليلة, 0", "أمس, -1", "البارحة, -1", "الليلة الماضية, -1", "أول أمس, -2",
            "أول من أمس, -2", "أمس الأول, -2", "غدا, 1", "بعد غد, 2"})
    void knowsDaysRelativeToPublication(String phrase, int offset) {
        assertThat(lexicon.relativeDay(key(phrase))).isEqualTo(offset);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"الماضي, -1", "الماضية, -1", "المنصرم, -1", "الفائت, -1", "المقبل, 1", "القادمة, 1",
            "الجاري, 0", "الحالي, 0"})
    void knowsDirections(String word, int direction) {
        assertThat(lexicon.direction(key(word))).isEqualTo(direction);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"أول, 1", "الثامن, 8", "الحادي عشر, 11", "الرابع عشر, 14", "العشرين, 20",
            "السابع والعشرين, 27", "الحادي والثلاثين, 31"})
    void knowsOrdinalDays(String phrase, int day) {
        assertThat(lexicon.ordinalDay(key(phrase))).isEqualTo(day);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"الأسبوع, week", "الشهر, month", "العام, year", "السنة, year"})
    void knowsUnits(String word, String unit) {
        assertThat(lexicon.unit(key(word))).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"سيعقد, true", "ستبدأ, true", "سوف, true", "المقرر, true", "سياسة, false", "سيارة, false",
            "سنوات, false", "قال, false"})
    void tellsFutureMarkersFromLookalikeNouns(String word, boolean future) {
        assertThat(lexicon.isFutureMarker(key(word))).isEqualTo(future);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"صباح, true", "مساء, true", "ظهر, true", "منتصف ليل, true", "يوم, false", "نهاية, false"})
    void knowsDayParts(String phrase, boolean part) {
        assertThat(lexicon.isDayPart(key(phrase))).isEqualTo(part);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"تصريح, true", "حواره, true", "مؤتمر, true", "الحكومة, false"})
    void knowsSpeechOccasions(String word, boolean occasion) {
        assertThat(lexicon.isSpeechEvent(key(word))).isEqualTo(occasion);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"عين, true", "روسيا, true", "ذلك, true", "الوزير, false"})
    void knowsWordsThatMakeAlYawmANonDate(String word, boolean nonDate) {
        assertThat(lexicon.isNonDateBefore(key(word))).isEqualTo(nonDate);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"القرار, true", "رقم, true", "في, false"})
    void knowsWordsThatMakeANumberANonYear(String word, boolean nonYear) {
        assertThat(lexicon.isNonYearBefore(key(word))).isEqualTo(nonYear);
    }
}

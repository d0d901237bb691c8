package org.mizan.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.core.Span;

class BoilerplateStripperTest {

    private static final String BODY_1 = "أعلنت وزارة الصحة في العاصمة، اليوم الأحد، افتتاح مستشفى جديد يتسع لخمسمئة سرير في الضاحية الشمالية للمدينة.";
    private static final String BODY_2 = "وقال وزير الصحة في مؤتمر صحفي إن المستشفى سيخدم أكثر من مليون نسمة، مؤكدا أن العمل بدأ قبل ثلاث سنوات.";

    private final BoilerplateStripper stripper = BoilerplateStripper.standard();

    private static String page(String... lines) {
        return String.join("\n\n", lines);
    }

    @Test
    void stripsSiteNameTitleSourceLineAndLatestNewsList() {
        String text = page("أخبار المدينة", "افتتاح مستشفى جديد في العاصمة", BODY_1, BODY_2, ".", "المصدر: وكالات",
                "أحدث الأخبار",
                "ارتفاع أسعار الذهب في الأسواق المحلية",
                "قال رئيس غرفة التجارة إن أسعار الذهب ارتفعت بنسبة 2.5 بالمئة خلال…",
                "05/03/2025",
                "قفزة في مبيعات السيارات خلال العام الماضي.",
                "أظهرت بيانات رسمية أن مبيعات السيارات ارتفعت بشكل كبير خلال…",
                "04/03/2025",
                "شارك", "تابعونا على");
        Layout layout = stripper.strip(text, null, null);

        assertThat(layout.titleSpan().text()).isEqualTo("افتتاح مستشفى جديد في العاصمة");
        assertThat(layout.body().text()).isEqualTo(BODY_1 + "\n\n" + BODY_2);
        assertThat(layout.provenance().text()).isEqualTo("المصدر: وكالات");
        assertThat(layout.stripped()).extracting(Span::text).first().isEqualTo("أخبار المدينة");
        Span list = layout.stripped().get(1);
        assertThat(list.text()).startsWith("أحدث الأخبار").endsWith("تابعونا على");
        assertThat(list.start()).isGreaterThan(layout.provenance().end());
    }

    @Test
    void keepsABylineFirstLineInTheBody() {
        String text = page("سامي الحربي – صحيفة المساء", BODY_1, BODY_2);
        Layout layout = stripper.strip(text, null, null);
        assertThat(layout.titleSpan()).isNull();
        assertThat(layout.body().start()).isZero();
        assertThat(layout.stripped()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"رويترز", "أ ش أ", "وكالات", "مدريد (ا ف ب) -", "كتب- سامي علي:"})
    void keepsAnAgencyOrDatelineFirstLineInTheBody(String firstLine) {
        String text = page(firstLine, BODY_1, BODY_2);
        Layout layout = stripper.strip(text, null, null);
        assertThat(layout.titleSpan()).isNull();
        assertThat(layout.body().start()).isZero();
    }

    @Test
    void takesAFirstShortLineForTheTitleWhenNoneIsGiven() {
        String text = page("افتتاح مستشفى جديد في العاصمة", BODY_1, BODY_2);
        Layout layout = stripper.strip(text, null, null);
        assertThat(layout.titleSpan().text()).isEqualTo("افتتاح مستشفى جديد في العاصمة");
        assertThat(layout.body().text()).startsWith(BODY_1);
        assertThat(layout.stripped()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"الرئيس مرسي", "1- تشكيل لجنة للتحقيق في الحادث"})
    void takesNoCaptionOrListItemForTheTitle(String firstLine) {
        String text = page(firstLine, BODY_1, BODY_2);
        Layout layout = stripper.strip(text, null, null);
        assertThat(layout.titleSpan()).isNull();
        assertThat(layout.body().start()).isZero();
    }

    @Test
    void findsTheGivenTitleAfterASiteNameLine() {
        String text = page("أخبار المدينة", "افتتاح مستشفى جديد في العاصمة", BODY_1);
        Layout layout = stripper.strip(text, "افتتاح مستشفى جديد في العاصمة", null);
        assertThat(layout.titleSpan().start()).isEqualTo(text.indexOf("افتتاح"));
        assertThat(layout.stripped()).extracting(Span::text).containsExactly("أخبار المدينة");
        assertThat(layout.body().text()).isEqualTo(BODY_1);
    }

    @Test
    void leavesTheTextWholeWhenTheGivenTitleIsNotInIt() {
        String text = page("مدريد (ا ف ب) - " + BODY_1, BODY_2);
        Layout layout = stripper.strip(text, "عنوان لا يظهر في النص", null);
        assertThat(layout.titleSpan()).isNull();
        assertThat(layout.body()).isEqualTo(Span.of(text, 0, text.length()));
        assertThat(layout.stripped()).isEmpty();
    }

    @Test
    void stripsARelatedNewsListBetweenParagraphsButKeepsTheBodyAround() {
        String text = page(BODY_1, "أخبار متعلقة:", "الوزير يتفقد المستشفى الجديد", "افتتاح جناح للأطفال في المستشفى",
                BODY_2 + " " + BODY_2);
        Layout layout = stripper.strip(text, "افتتاح مستشفى جديد", null);
        assertThat(layout.body().text()).startsWith(BODY_1).endsWith(BODY_2);
        assertThat(layout.stripped()).hasSize(1);
        assertThat(layout.stripped().get(0).text()).startsWith("أخبار متعلقة:").endsWith("افتتاح جناح للأطفال في المستشفى");
    }

    @Test
    void stripsTeaserAndDateRunsWithoutAHeading() {
        String text = page(BODY_1, BODY_2, "ارتفاع أسعار الذهب", "قال رئيس الغرفة إن أسعار الذهب ارتفعت خلال…", "01/02/2024",
                "تراجع أسعار القمح", "تراجعت أسعار القمح في الأسواق الآسيوية بعد…", "31/01/2024");
        Layout layout = stripper.strip(text, "افتتاح مستشفى جديد", null);
        assertThat(layout.body().text()).isEqualTo(BODY_1 + "\n\n" + BODY_2);
        assertThat(layout.stripped()).singleElement().satisfies(s -> assertThat(s.text()).startsWith("ارتفاع").endsWith("31/01/2024"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "رابط الخبر بصحيفة المدينة: افتتاح مستشفى جديد",
            "// انتهى //",
            "جميع الحقوق محفوظة لموقع المدينة 2024",
            "...المزيد"})
    void stripsATrailerLineAndAllAfterIt(String trailer) {
        String text = page(BODY_1, BODY_2, trailer, "سطر بعده");
        Layout layout = stripper.strip(text, "افتتاح مستشفى جديد", null);
        assertThat(layout.body().text()).isEqualTo(BODY_1 + "\n\n" + BODY_2);
        assertThat(layout.stripped()).singleElement().satisfies(s -> assertThat(s.text()).startsWith(trailer.substring(0, 3)));
    }

    @Test
    void stripsATagListRunIntoTheLastSentence() {
        String text = page(BODY_1, BODY_2 + " سمات الصحة المستشفيات العاصمة");
        Layout layout = stripper.strip(text, "افتتاح مستشفى جديد", null);
        assertThat(layout.body().text()).endsWith("قبل ثلاث سنوات.");
        assertThat(layout.stripped()).extracting(Span::text).containsExactly("سمات الصحة المستشفيات العاصمة");
    }

    @Test
    void stripsAShareWidgetRunAtTheStartOfTheFirstLine() {
        String text = "شارك من خلال فيسبوك واتساب اكتب رأيك " + BODY_1 + "\n" + BODY_2;
        Layout layout = stripper.strip(text, "افتتاح مستشفى جديد", null);
        assertThat(layout.body().text()).startsWith("أعلنت وزارة الصحة");
        assertThat(layout.stripped()).extracting(Span::text).containsExactly("شارك من خلال فيسبوك واتساب اكتب رأيك");
    }

    @Test
    void stripsALinkToAnotherArticle() {
        String text = page(">> الوزير يفتتح جناحا للأطفال", BODY_1, BODY_2);
        Layout layout = stripper.strip(text, "افتتاح مستشفى جديد", null);
        assertThat(layout.body().text()).isEqualTo(BODY_1 + "\n\n" + BODY_2);
        assertThat(layout.stripped()).extracting(Span::text).containsExactly(">> الوزير يفتتح جناحا للأطفال");
    }

    @Test
    void keepsASentenceThatStartsWithAShareVerb() {
        String text = "شارك وزير الصحة في افتتاح المستشفى الجديد مع عدد من المسؤولين في العاصمة أمس بحضور الأهالي.\n" + BODY_2;
        Layout layout = stripper.strip(text, "افتتاح مستشفى جديد", null);
        assertThat(layout.body().start()).isZero();
        assertThat(layout.stripped()).isEmpty();
    }

    @Test
    void doesNotTakeAQuotedSourceMidArticleForTheSourceLine() {
        String text = page(BODY_1, "وقال المصدر: إن الوفد سيصل غدا.", BODY_2);
        Layout layout = stripper.strip(text, "افتتاح مستشفى جديد", null);
        assertThat(layout.provenance()).isNull();
        assertThat(layout.body()).isEqualTo(Span.of(text, 0, text.length()));
    }

    @Test
    void stripsALoneOutletLine() {
        String text = page("أخبار المدينة", BODY_1, BODY_2);
        Layout layout = stripper.strip(text, "عنوان آخر", "أخبار المدينة");
        assertThat(layout.stripped()).extracting(Span::text).containsExactly("أخبار المدينة");
        assertThat(layout.body().text()).startsWith(BODY_1);
    }

    @Test
    void analysesTheWholeTextWhenNothingReadsLikeABody() {
        String text = "أحدث الأخبار\nعنوان أول\nعنوان ثان";
        Layout layout = stripper.strip(text, null, null);
        assertThat(layout.body()).isEqualTo(Span.of(text, 0, text.length()));
        assertThat(layout.stripped()).isEmpty();
    }

    @Test
    void everySpanPointsIntoTheText() {
        String text = page("أخبار المدينة", "افتتاح مستشفى جديد في العاصمة", BODY_1, "المصدر: وكالات", "أحدث الأخبار",
                "عنوان", "نص مختصر…", "01/01/2025");
        Layout layout = stripper.strip(text, null, null);
        List<Span> all = new java.util.ArrayList<>(layout.stripped());
        all.add(layout.body());
        all.add(layout.titleSpan());
        all.add(layout.provenance());
        for (Span s : all) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }
}

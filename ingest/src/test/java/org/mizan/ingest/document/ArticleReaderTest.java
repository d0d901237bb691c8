package org.mizan.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mizan.core.Article;
import org.mizan.core.PublishedOnSource;

class ArticleReaderTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl"><head>
            <title>افتتاح مستشفى جديد | أخبار المدينة</title>
            <meta property="og:title" content="افتتاح مستشفى جديد في العاصمة">
            <meta property="article:published_time" content="2024-03-05T10:15:00+03:00">
            <style>p { color: red }</style>
            <script>var tracking = "قال المعلن إن";</script>
            </head><body>
            <nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
            <h1>افتتاح مستشفى جديد في العاصمة</h1>
            <article>
              <p>أعلنت وزارة الصحة   افتتاح مستشفى جديد.</p>
              <p>وقال الوزير إن المستشفى <b>سيخدم</b> مليون نسمة.</p>
              <iframe src="https://ads.example"></iframe>
            </article>
            <aside><h3>أحدث الأخبار</h3><p>عنوان جانبي</p></aside>
            <footer>جميع الحقوق محفوظة</footer>
            </body></html>
            """;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void passesPlainTextThroughUntouched() {
        String text = "  قال الوزير إن الاتفاق صامد.\r\n\r\nوأضاف أن الهدنة مستمرة. ";
        ReadArticle read = reader.read(new Article(text, null, LocalDate.of(2024, 3, 5), null, null));
        assertThat(read.text()).isSameAs(text);
        assertThat(read.html()).isFalse();
        assertThat(read.publishedOnSource()).isEqualTo(PublishedOnSource.GIVEN);
    }

    @Test
    void extractsTheArticleParagraphsSeparatedByBlankLines() {
        ReadArticle read = reader.read(Article.of(PAGE));
        assertThat(read.html()).isTrue();
        assertThat(read.text()).isEqualTo("""
                افتتاح مستشفى جديد في العاصمة

                أعلنت وزارة الصحة افتتاح مستشفى جديد.

                وقال الوزير إن المستشفى سيخدم مليون نسمة.""");
    }

    @Test
    void takesTitleAndDateFromTheMetadata() {
        ReadArticle read = reader.read(Article.of(PAGE));
        assertThat(read.title()).isEqualTo("افتتاح مستشفى جديد في العاصمة");
        assertThat(read.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(read.publishedOnSource()).isEqualTo(PublishedOnSource.INFERRED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'<title>افتتاح مستشفى | أخبار المدينة</title><h1>افتتاح مستشفى</h1>' | افتتاح مستشفى",
            "<title>افتتاح مستشفى جديد</title><h1>أخبار المدينة</h1> | افتتاح مستشفى جديد",
            "<h1>افتتاح مستشفى</h1> | افتتاح مستشفى"})
    void prefersTheHeadingToAPageTitleThatWrapsIt(String markup, String expected) {
        String html = "<html><head>" + markup.substring(0, Math.max(0, markup.indexOf("<h1>"))) + "</head><body>"
                + markup.substring(markup.indexOf("<h1>")) + "<p>نص الخبر.</p></body></html>";
        assertThat(reader.read(Article.of(html)).title()).isEqualTo(expected);
    }

    @Test
    void givenTitleAndDateWinOverTheMetadata() {
        ReadArticle read = reader.read(new Article(PAGE, "عنوان المرسل", LocalDate.of(2024, 3, 4), null, null));
        assertThat(read.title()).isEqualTo("عنوان المرسل");
        assertThat(read.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(read.publishedOnSource()).isEqualTo(PublishedOnSource.GIVEN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "الوزير لـ&quot;الصحيفة&quot;: لا تأجيل | الوزير لـ\"الصحيفة\": لا تأجيل",
            "&#8220;هدنة&#8221; في المدينة&nbsp;الساحلية | \u201cهدنة\u201d في المدينة\u00a0الساحلية",
            "سوق الخضار &amp;quot;القديم&amp;quot; | سوق الخضار &quot;القديم&quot;",
            "الربح & الخسارة | الربح & الخسارة",
    })
    void aGivenTitleIsDecodedOnceFromItsHtmlEntities(String given, String expected) {
        String plain = "قال المدير إن العمل مستمر.";
        assertThat(reader.read(new Article(plain, given, null, null, null)).title()).isEqualTo(expected);
        assertThat(reader.read(new Article(PAGE, given, null, null, null)).title()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<meta property='og:published_time' content='2023-07-01'> | 2023-07-01",
            "<meta name='date' content='2022-02-03'> | 2022-02-03",
            "<meta name='pubdate' content='2021-12-31T23:00:00Z'> | 2021-12-31",
            "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\": \"2020-01-13T09:00:00Z\"}</script> | 2020-01-13",
            "<time datetime='2019-05-06'>6 مايو</time> | 2019-05-06",
            "<meta name='date' content='not a date'> | "})
    void readsThePublicationDateFromAnyUsualPlace(String head, String expected) {
        String html = "<html><head>" + head + "</head><body><p>نص الخبر هنا.</p>" + head + "</body></html>";
        ReadArticle read = reader.read(Article.of(html));
        assertThat(read.publishedOn()).isEqualTo(expected == null ? null : LocalDate.parse(expected));
    }

    @Test
    void neverKeepsScriptStyleFrameOrEventHandlerContent() {
        String html = "<div><p>قال الوزير إن الاتفاق صامد.</p><script>alert('x')</script>"
                + "<img src=x onerror=\"alert('y')\"><iframe srcdoc='<p>مخفي</p>'></iframe>"
                + "<style>.a{}</style><noscript>فعّل الجافاسكربت</noscript></div>";
        ReadArticle read = reader.read(Article.of(html));
        assertThat(read.text()).isEqualTo("قال الوزير إن الاتفاق صامد.");
    }

    @Test
    void picksTheBlockWithTheMostParagraphTextWithoutAnArticleElement() {
        String html = "<html><body><div class='menu'><p>الرئيسية</p></div>"
                + "<div class='story'><p>الفقرة الأولى من الخبر الطويل نسبيا.</p><p>الفقرة الثانية من الخبر.</p></div>"
                + "<div class='side'><p>إعلان</p></div></body></html>";
        assertThat(reader.read(Article.of(html)).text())
                .isEqualTo("الفقرة الأولى من الخبر الطويل نسبيا.\n\nالفقرة الثانية من الخبر.");
    }

    /** A page built of divs only: the ticker, the menu and the readers' comments are not the article. */
    static final String DIV_PAGE = """
            <html><head><title>المجلس البلدي يقر ميزانية الحدائق</title></head><body>
            <div class="top-menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/local">محليات</a></li>
            <li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li></ul></div>
            <div class="news-ticker"><a href="/n/1">عاجل: انقطاع الكهرباء عن ثلاثة أحياء في شرق المدينة مساء اليوم</a>
            <a href="/n/2">عاجل: تأجيل مباراة الديربي إلى الأسبوع القادم بسبب الأمطار الغزيرة</a></div>
            <div class="wrapper"><div class="content-area"><div class="story-text">
            <div>أقر المجلس البلدي في جلسته المسائية ميزانية جديدة لصيانة الحدائق العامة وزراعة الأشجار على جانبي الطرق الرئيسية في الأحياء الشمالية.</div>
            <div>وقال رئيس المجلس إن الميزانية تشمل تركيب مقاعد جديدة وإنارة موفرة للطاقة في أكثر من عشرين حديقة، وإن الأعمال ستبدأ مطلع الربيع.</div>
            <div>وأضاف أن المجلس سيعرض خطة الصيانة على السكان في لقاء مفتوح قبل توقيع العقود مع الشركات، حتى تصل الملاحظات في وقتها.</div>
            <div>وأوضح عضو في لجنة البيئة أن المشروع يعتمد على مياه معالجة لري المساحات الخضراء، وأن كلفته موزعة على ثلاث سنوات مالية.</div>
            </div></div></div>
            <div id="comments" class="comments-section"><h3>تعليقات القراء</h3>
            <div class="comment"><div>قارئ غاضب: قالوا هذا الكلام العام الماضي ولم يتغير شيء في حديقتنا أبدا.</div></div>
            <div class="comment"><div>قارئة: نتمنى أن تصل المقاعد إلى الحي الجنوبي أيضا وليس الشمال وحده.</div></div></div>
            </body></html>
            """;

    @Test
    void readsTheStoryOfADivOnlyPageWithoutTickerMenuOrComments() {
        String text = reader.read(Article.of(DIV_PAGE)).text();
        assertThat(text).startsWith("أقر المجلس البلدي في جلسته المسائية").contains("ثلاث سنوات مالية")
                .doesNotContain("عاجل").doesNotContain("محليات").doesNotContain("قارئ").doesNotContain("تعليقات");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<p>نص</p>",
            "  <!DOCTYPE html><p>نص</p>",
            "قال الوزير <b>إن</b></p> الاتفاق</p> صامد</p> والهدنة</div>"})
    void detectsHtmlByLeadingMarkupOrSeveralTags(String text) {
        assertThat(ArticleReader.looksLikeHtml(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "قال الوزير إن الاتفاق صامد.",
            "العدد < 5 والنسبة > 3",
            "كتب المبرمج </p> مرة واحدة في مقاله"})
    void takesTextWithoutMarkupForPlainText(String text) {
        assertThat(ArticleReader.looksLikeHtml(text)).isFalse();
    }
}

package org.mizan.ingest.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mizan.core.Article;
import org.mizan.core.PublishedOnSource;
import org.mizan.core.Span;
import org.mizan.ingest.RejectedInputException;

class DocumentReaderTest {

    private final DocumentReader reader = DocumentReader.standard();

    @Test
    void laysOutAPlainTextArticle() {
        String text = "أخبار المدينة\n\nافتتاح مستشفى جديد\n\nأعلنت وزارة الصحة افتتاح مستشفى جديد في العاصمة أمس. "
                + "وقال الوزير إن المستشفى سيخدم مليون نسمة.\n\nالمصدر: وكالات\n\nأحدث الأخبار\n\nعنوان آخر\n\nنص مختصر…\n\n01/01/2025";
        Document doc = reader.read(new Article(text, null, LocalDate.of(2024, 3, 5), "أخبار المدينة", "https://example.org/a"));
        assertThat(doc.text()).isSameAs(text);
        assertThat(doc.title()).isEqualTo("افتتاح مستشفى جديد");
        assertThat(doc.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(doc.publishedOnSource()).isEqualTo(PublishedOnSource.GIVEN);
        assertThat(doc.outlet()).isEqualTo("أخبار المدينة");
        assertThat(doc.url()).isEqualTo("https://example.org/a");
        assertThat(doc.language()).isEqualTo("ar");
        assertThat(doc.provenance().text()).isEqualTo("المصدر: وكالات");
        assertThat(doc.sentences()).extracting(Span::text).containsExactly("افتتاح مستشفى جديد",
                "أعلنت وزارة الصحة افتتاح مستشفى جديد في العاصمة أمس.", "وقال الوزير إن المستشفى سيخدم مليون نسمة.");
    }

    @Test
    void givenTitleIsKeptEvenWhenTheTextDoesNotRepeatIt() {
        Document doc = reader.read(new Article("قال الوزير إن الاتفاق صامد.", "الوزير: الاتفاق صامد", null, null, null));
        assertThat(doc.title()).isEqualTo("الوزير: الاتفاق صامد");
        assertThat(doc.titleSpan()).isNull();
        assertThat(doc.publishedOnSource()).isEqualTo(PublishedOnSource.UNKNOWN);
        assertThat(doc.sentences()).extracting(Span::text).containsExactly("قال الوزير إن الاتفاق صامد.");
    }

    @Test
    void takesABlankTitleForNoTitle() {
        String text = "افتتاح مستشفى جديد في العاصمة\n\nأعلنت وزارة الصحة افتتاح مستشفى جديد في العاصمة أمس.";
        Document doc = reader.read(new Article(text, "  ", null, null, null));
        assertThat(doc.title()).isEqualTo("افتتاح مستشفى جديد في العاصمة");
        assertThat(doc.titleSpan()).isNotNull();
    }

    @Test
    void readsTextWithoutArabicAsACleanNonArabicDocument() {
        Document doc = reader.read(Article.of("The minister said the truce holds. He left on Monday."));
        assertThat(doc.language()).isEqualTo("en");
        assertThat(doc.body().text()).isEqualTo("The minister said the truce holds. He left on Monday.");
    }

    @Test
    void analysesHtmlAsItsExtractedTextAndTakesItsDate() {
        String html = "<html><head><meta property='og:title' content='افتتاح مستشفى جديد'>"
                + "<meta property='article:published_time' content='2024-03-05T08:00:00Z'></head><body>"
                + "<h1>افتتاح مستشفى جديد</h1><article><p>أعلنت وزارة الصحة افتتاح مستشفى جديد.</p>"
                + "<p>وقال الوزير إن المستشفى سيخدم مليون نسمة.</p></article></body></html>";
        Document doc = reader.read(Article.of(html));
        assertThat(doc.text()).startsWith("افتتاح مستشفى جديد\n\n");
        assertThat(doc.titleSpan().text()).isEqualTo("افتتاح مستشفى جديد");
        assertThat(doc.body().text()).isEqualTo("أعلنت وزارة الصحة افتتاح مستشفى جديد.\n\nوقال الوزير إن المستشفى سيخدم مليون نسمة.");
        assertThat(doc.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(doc.publishedOnSource()).isEqualTo(PublishedOnSource.INFERRED);
    }

    @Test
    void rejectsHtmlWithNoReadableText() {
        assertThatThrownBy(() -> reader.read(Article.of("<html><body><script>alert(1)</script><img src=x></body></html>")))
                .isInstanceOfSatisfying(RejectedInputException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectedInputException.Reason.NOT_TEXT));
    }
}

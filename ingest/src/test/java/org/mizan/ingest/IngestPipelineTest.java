package org.mizan.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mizan.core.Article;
import org.mizan.core.ArticleAnalysis;
import org.mizan.core.Claim;
import org.mizan.core.PublishedOnSource;
import org.mizan.core.TimeExpression;

class IngestPipelineTest {

    private static final String SEED = "/seeds/articles/000_9b2292189eea8875.txt";
    private final IngestPipeline pipeline = IngestPipeline.standard();

    private static String seed() throws IOException {
        try (InputStream in = IngestPipelineTest.class.getResourceAsStream(SEED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void analysesASeedArticleWithinItsBodyOnly() throws IOException {
        String text = seed();
        ArticleAnalysis analysis = pipeline.analyze(new Article(text, null, LocalDate.of(2020, 1, 13), null, null));
        assertThat(analysis.text()).isSameAs(text);
        assertThat(analysis.language()).isEqualTo("ar");
        assertThat(analysis.publishedOn()).isEqualTo(LocalDate.of(2020, 1, 13));
        assertThat(analysis.publishedOnSource()).isEqualTo(PublishedOnSource.GIVEN);
        assertThat(analysis.provenance().text()).isEqualTo("المصدر: وكالات");
        assertThat(analysis.body().end()).isLessThan(text.indexOf("أحدث الأخبار"));
        for (int i = 0; i < analysis.claims().size(); i++) {
            Claim claim = analysis.claims().get(i);
            assertThat(claim.id()).isEqualTo("c" + (i + 1));
            assertThat(analysis.body().contains(claim.cue().start())).as(claim.cue().text()).isTrue();
        }
        for (TimeExpression t : analysis.timex()) {
            assertThat(analysis.body().contains(t.span()) || t.span().end() <= analysis.body().start()).isTrue();
        }
    }

    @Test
    void marksThePublicationDateUnknownOrInferredWhenNoneIsGiven() throws IOException {
        ArticleAnalysis analysis = pipeline.analyze(Article.of(seed()));
        assertThat(analysis.publishedOnSource()).isIn(PublishedOnSource.INFERRED, PublishedOnSource.UNKNOWN);
        assertThat(analysis.publishedOn() == null).isEqualTo(analysis.publishedOnSource() == PublishedOnSource.UNKNOWN);
        // The sidebar's dates are no evidence of this article's date.
        if (analysis.publishedOn() != null) {
            assertThat(analysis.publishedOn().getYear()).isNotIn(2024, 2026);
        }
    }

    @Test
    void givesAnEmptyAnalysisForTextWithoutArabic() {
        ArticleAnalysis analysis = pipeline.analyze(Article.of("The minister said on Monday that the truce holds."));
        assertThat(analysis.language()).isNotEqualTo("ar");
        assertThat(analysis.claims()).isEmpty();
        assertThat(analysis.timex()).isEmpty();
    }

    @Test
    void rejectsInputThatIsNoArticle() {
        assertThatThrownBy(() -> pipeline.analyze(Article.of(" \n "))).isInstanceOf(RejectedInputException.class);
    }
}

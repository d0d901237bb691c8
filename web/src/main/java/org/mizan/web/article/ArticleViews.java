package org.mizan.web.article;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mizan.web.claim.ClaimViews;
import org.mizan.web.claim.ClaimViews.ClaimSummary;

/** JSON shapes of stored articles. */
public final class ArticleViews {

    private ArticleViews() {
    }

    public record ArticleSummary(long id, String title, String outlet, String url, LocalDate publishedOn,
                                 String language, int claimCount, Instant storedAt) {
        public static ArticleSummary of(ArticleEntity a) {
            return new ArticleSummary(a.id, a.title, a.outlet, a.url, a.publishedOn, a.language, a.claims.size(), a.storedAt);
        }
    }

    public record Offsets(int start, int end) {
    }

    public record TimexView(String text, int start, int end, String value) {
    }

    public record ArticleDetail(long id, String title, String outlet, String url, LocalDate publishedOn,
                                String publishedOnSource, String language, Instant storedAt, String provenance,
                                Offsets body, String text, List<ClaimSummary> claims, List<TimexView> timex) {
        public static ArticleDetail of(ArticleEntity a) {
            return new ArticleDetail(a.id, a.title, a.outlet, a.url, a.publishedOn, a.publishedOnSource, a.language,
                    a.storedAt, a.provenance, new Offsets(a.bodyStart, a.bodyEnd), a.text,
                    a.claims.stream().map(ClaimViews.ClaimSummary::of).toList(),
                    a.timex.stream().map(t -> new TimexView(t.text, t.startOffset, t.endOffset, t.value)).toList());
        }
    }
}

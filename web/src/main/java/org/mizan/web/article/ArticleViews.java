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

    /** One link of the relay chain: role agency, outlet or translation; key the agency's (e.g. "reuters"). */
    public record RelayView(String role, String name, String key) {
        static List<RelayView> of(ArticleEntity a) {
            return a.relays.stream().map(r -> new RelayView(r.role, r.name, r.key)).toList();
        }
    }

    /**
     * @param analysed whether claims were read (Arabic only); an article in another language is stored, not analysed
     * @param relays   the relay chain, agencies first
     * @param wires    the named wire agencies it came through: two articles sharing one are copies of that wire
     */
    public record ArticleDetail(long id, String title, String outlet, String url, LocalDate publishedOn,
                                String publishedOnSource, String language, boolean analysed, Instant storedAt,
                                String provenance, List<RelayView> relays, List<String> wires,
                                Offsets body, String text, List<ClaimSummary> claims, List<TimexView> timex) {
        public static ArticleDetail of(ArticleEntity a) {
            return new ArticleDetail(a.id, a.title, a.outlet, a.url, a.publishedOn, a.publishedOnSource, a.language,
                    a.analysed(), a.storedAt, a.provenance, RelayView.of(a),
                    RelayEmbeddable.chain(a.relays).wires().stream().sorted().toList(),
                    new Offsets(a.bodyStart, a.bodyEnd), a.text,
                    a.claims.stream().map(ClaimViews.ClaimSummary::of).toList(),
                    a.timex.stream().map(t -> new TimexView(t.text, t.startOffset, t.endOffset, t.value)).toList());
        }
    }
}

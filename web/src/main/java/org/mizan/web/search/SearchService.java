package org.mizan.web.search;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.IntStream;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.claim.ClaimCard;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.MarkedText;
import org.mizan.web.speaker.SpeakerEntity;

/** Arabic-normalised search over claims, speakers and articles: every query word must begin a key word. */
@ApplicationScoped
public class SearchService {

    public static final int MAX_PER_TYPE = 50;

    public record SpeakerHit(long id, String name, String kind, List<String> roles) {
    }

    public record ArticleHit(long id, String title, String outlet, java.time.LocalDate publishedOn) {
    }

    public record Results(String query, List<ClaimCard> claims, List<SpeakerHit> speakers, List<ArticleHit> articles) {
        public boolean empty() {
            return claims.isEmpty() && speakers.isEmpty() && articles.isEmpty();
        }
    }

    @Transactional
    public Results search(String query) {
        List<String> patterns = SearchKeys.likePatterns(query);
        if (patterns.isEmpty()) {
            return new Results(query, List.of(), List.of(), List.of());
        }
        String where = whereClause(patterns.size());
        Object[] params = patterns.toArray();
        List<ClaimCard> claims = ClaimEntity.<ClaimEntity>find(where + " order by statedOn desc nulls last, id desc", params)
                .page(Page.ofSize(MAX_PER_TYPE)).list().stream().map(c -> ClaimCard.of(c, hits(c, query))).toList();
        List<SpeakerHit> speakers = SpeakerEntity.<SpeakerEntity>find(where + " order by name", params)
                .page(Page.ofSize(MAX_PER_TYPE)).list().stream()
                .map(s -> new SpeakerHit(s.id, s.name, s.kind, List.copyOf(s.roles))).toList();
        List<ArticleHit> articles = ArticleEntity.<ArticleEntity>find(where + " order by publishedOn desc nulls last, id desc", params)
                .page(Page.ofSize(MAX_PER_TYPE)).list().stream()
                .map(a -> new ArticleHit(a.id, a.title, a.outlet, a.publishedOn)).toList();
        return new Results(query, claims, speakers, articles);
    }

    /** The query's words in a claim's content, as article-text ranges marked "hit". */
    private static List<MarkedText.Range> hits(ClaimEntity c, String query) {
        return SearchKeys.hits(c.contentText, query).stream()
                .map(h -> new MarkedText.Range(c.contentStart + h[0], c.contentStart + h[1], "hit")).toList();
    }

    /** The JPQL condition that every pattern (parameters ?1…?n) matches {@code searchKey}. */
    public static String whereClause(int count) {
        return String.join(" and ", IntStream.rangeClosed(1, count).mapToObj(i -> "searchKey like ?" + i).toList());
    }
}

package org.mizan.web.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.mizan.web.article.ArticleViews.ArticleSummary;
import org.mizan.web.paging.Cursor;
import org.mizan.web.paging.DateKeyset;
import org.mizan.web.paging.Slice;

/** Stored articles newest first, a keyset page at a time: all of them, or one outlet's. */
@ApplicationScoped
public class ArticleLists {

    /** Reads no article text: a list row is what its card shows. */
    private static final String CARD = "new org.mizan.web.article.ArticleCard(a.id, a.title, a.outlet, a.publishedOn, 0)";
    static final DateKeyset ALL = new DateKeyset("ArticleEntity a", "", "", "a.publishedOn", "a.id");
    static final DateKeyset OF_OUTLET = new DateKeyset("ArticleEntity a", "", "a.outlet = :outlet", "a.publishedOn", "a.id");

    @Transactional
    public Slice<ArticleCard> cards(String outlet, Cursor cursor, int limit) {
        DateKeyset keyset = outlet == null ? ALL : OF_OUTLET;
        Map<String, Object> params = outlet == null ? Map.of() : Map.of("outlet", outlet);
        List<ArticleCard> rows = keyset.project(ArticleCard.class, CARD, params, cursor, limit + 1);
        Slice<ArticleCard> page = Slice.of(rows, limit, cursor, keyset.count(params), a -> DateKeyset.key(a.publishedOn(), a.id()));
        Map<Long, Long> counts = ArticleCard.claimCounts(page.items().stream().map(ArticleCard::id).toList());
        return page.withItems(page.items().stream().map(a -> new ArticleCard(a.id(), a.title(), a.outlet(), a.publishedOn(),
                counts.getOrDefault(a.id(), 0L).intValue())).toList());
    }

    /** GET /api/articles: the same pages as JSON summaries. */
    @Transactional
    public Slice<ArticleSummary> summaries(Cursor cursor, int limit) {
        List<ArticleEntity> rows = ALL.fetch(ArticleEntity.class, Map.of(), cursor, limit + 1);
        Slice<ArticleEntity> page = Slice.of(rows, limit, cursor, ALL.count(Map.of()), a -> DateKeyset.key(a.publishedOn, a.id));
        Map<Long, Long> counts = ArticleCard.claimCounts(page.items().stream().map(a -> a.id).toList());
        return page.map(a -> new ArticleSummary(a.id, a.title, a.outlet, a.url, a.publishedOn, a.language,
                counts.getOrDefault(a.id, 0L).intValue(), a.storedAt));
    }
}

package org.mizan.web.article;

import org.mizan.web.paging.IdParameters;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** An article in a list (home, outlet, search): what a card shows, read without the article's text. */
public record ArticleCard(long id, String title, String outlet, LocalDate publishedOn, int claimCount) {

    /** The cards of these articles, in the given order (ids no longer stored are left out); call in a transaction. */
    public static List<ArticleCard> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> rows = new HashMap<>();
        for (Object[] r : IdParameters.select("select a.id, a.title, a.outlet, a.publishedOn from ArticleEntity a where a.id in :ids",
                Object[].class, ids).getResultList()) {
            rows.put((Long) r[0], r);
        }
        Map<Long, Long> counts = claimCounts(ids);
        return ids.stream().map(rows::get).filter(Objects::nonNull).map(r -> new ArticleCard((Long) r[0], (String) r[1],
                (String) r[2], (LocalDate) r[3], counts.getOrDefault((Long) r[0], 0L).intValue())).toList();
    }

    /** How many claims each article has: one grouped read over the claim_article index. */
    public static Map<Long, Long> claimCounts(Collection<Long> ids) {
        Map<Long, Long> counts = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : IdParameters.select("select c.article.id, count(c) from ClaimEntity c where c.article.id in :ids group by c.article.id",
                    Object[].class, ids).getResultList()) {
                counts.put((Long) r[0], (Long) r[1]);
            }
        }
        return counts;
    }
}

package org.mizan.web.outlet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mizan.web.paging.ReadOnlyReads;
import org.mizan.web.article.ArticleCard;
import org.mizan.web.article.ArticleLists;
import org.mizan.web.link.ClaimLinkEntity;
import org.mizan.web.paging.Cursor;
import org.mizan.web.paging.Slice;
import org.mizan.web.search.SearchRequest;
import org.mizan.web.search.SearchService;
import org.mizan.web.search.SearchType;
import org.mizan.web.story.StoryCards;
import org.mizan.web.story.StoryViews.StorySummary;

/**
 * An outlet (the name articles are stored under): what it reported, newest first; its stories; and how
 * often its claims agree, conflict or contrast with claims of other outlets — counted in the search index,
 * where each claim carries the relations it has with other outlets' claims.
 */
@ApplicationScoped
public class OutletService {

    static final int ARTICLES = 20;
    static final int STORIES = 10;
    static final int OTHERS = 8;

    /** One relation: how many of the outlet's claims have it with another outlet's, and with which outlets most. */
    public record RelationCount(String relation, int claims, List<OtherOutlet> with) {
    }

    public record OtherOutlet(String outlet, int claims) {
    }

    public record OutletPage(String name, Slice<ArticleCard> articles, Slice<StorySummary> stories, List<RelationCount> relations) {
    }

    @Inject
    ArticleLists articles;
    @Inject
    SearchService search;

    @Transactional
    public Optional<OutletPage> page(String outlet, Cursor cursor) {
        ReadOnlyReads.apply();
        Slice<ArticleCard> reported = articles.cards(outlet, cursor, ARTICLES);
        if (reported.total() == 0) {
            return Optional.empty();
        }
        Slice<Long> storyIds = search.ids(new SearchRequest(null, SearchType.STORY, outlet, List.of(), null, null, null, null,
                STORIES, true), false).slice();
        return Optional.of(new OutletPage(outlet, reported, storyIds.withItems(StoryCards.load(storyIds.items())),
                relations(search.crossRelations(outlet))));
    }

    /** "relation\tother outlet" → claims, into a count per relation (agree, conflict, contrast) with its top outlets. */
    static List<RelationCount> relations(Map<String, Integer> cross) {
        Map<String, List<OtherOutlet>> by = new LinkedHashMap<>();
        ClaimLinkEntity.RELATIONS.forEach(r -> by.put(r, new ArrayList<>()));
        cross.forEach((key, n) -> {
            int tab = key.indexOf('\t');
            List<OtherOutlet> list = by.get(key.substring(0, tab));
            if (list != null) {
                list.add(new OtherOutlet(key.substring(tab + 1), n));
            }
        });
        return by.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(e -> new RelationCount(e.getKey(),
                e.getValue().stream().mapToInt(OtherOutlet::claims).sum(),
                e.getValue().stream().sorted((a, b) -> Integer.compare(b.claims(), a.claims())).limit(OTHERS).toList())).toList();
    }
}

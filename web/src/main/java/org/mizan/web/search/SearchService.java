package org.mizan.web.search;

import static org.mizan.web.search.SearchFields.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.mizan.web.paging.IdParameters;
import org.mizan.web.paging.ReadOnlyReads;
import org.mizan.web.article.ArticleCard;
import org.mizan.web.claim.ClaimCard;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.MarkedText;
import org.mizan.web.paging.Slice;
import org.mizan.web.speaker.SpeakerEntity;
import org.mizan.web.story.StoryCards;
import org.mizan.web.story.StoryViews.StorySummary;

/**
 * Search over claims, speakers, stories and articles through the Lucene index; what a page shows is then
 * read from the database by id (one read per type), so results are never staler than the index's ids.
 */
@ApplicationScoped
public class SearchService {

    public static final int PREVIEW = 5;

    public record SpeakerHit(long id, String name, String kind, List<String> roles) {
    }

    /** One value of a facet: what it filters on, what readers see, and how many results carry it. */
    public record FacetValue(String value, String label, int count) {
    }

    /** Facet values counted over {@code countedOver} of the search's {@code of} results (its newest). */
    public record Facets(List<FacetValue> outlets, List<FacetValue> speakers, List<FacetValue> relations, int countedOver, int of) {
        static final Facets NONE = new Facets(List.of(), List.of(), List.of(), 0, 0);

        /** Whether the counts cover only the newest results, not all: the page says so. */
        public boolean sampled() {
            return countedOver < of;
        }
    }

    /** A search's results: for one type a page of it, else a preview of each; every type's total; facets. */
    /** @param atLeast the types (wire names) whose total is a lower bound: "more than" that many */
    public record Results(SearchRequest request, Slice<ClaimCard> claims, Slice<SpeakerHit> speakers,
                          Slice<StorySummary> stories, Slice<ArticleCard> articles, Facets facets, Set<String> atLeast) {
        public boolean atLeast(String type) {
            return atLeast.contains(type);
        }

        public boolean empty() {
            return claims.total() + speakers.total() + stories.total() + articles.total() == 0;
        }

        /** The slice of the one type paged through, null when the search shows every type. */
        public Slice<?> chosen() {
            return request.type() == null ? null : switch (request.type()) {
                case CLAIM -> claims;
                case SPEAKER -> speakers;
                case STORY -> stories;
                case ARTICLE -> articles;
            };
        }
    }

    @Inject
    SearchIndex index;

    @Transactional
    public Results search(SearchRequest r) {
        ReadOnlyReads.apply();
        if (!r.hasWords() && !r.hasFilters()) {
            return new Results(r, Slice.empty(), Slice.empty(), Slice.empty(), Slice.empty(), Facets.NONE, Set.of());
        }
        Map<SearchType, Slice<Long>> ids = new HashMap<>();
        Set<String> atLeast = new HashSet<>();
        Facets facets = Facets.NONE;
        for (SearchType t : SearchType.values()) {
            boolean chosen = t == r.type();
            // Speakers have no outlet or date: when those filter, speakers are not what is asked for.
            boolean applicable = t != SearchType.SPEAKER || (r.outlet() == null && r.from() == null && r.to() == null && r.relation() == null);
            SearchRequest asked = chosen ? r : r.withType(t, r.type() == null ? PREVIEW : 0);
            // Facets are shown for the type paged through, or for claims when every type is previewed: only those are counted.
            boolean shown = chosen || (r.type() == null && t == SearchType.CLAIM);
            IdPage page = !applicable ? IdPage.EMPTY : chosen ? ids(asked, shown) : preview(asked, shown);
            ids.put(t, page.slice());
            if (page.atLeast()) {
                atLeast.add(t.wire());
            }
            if (shown) {
                facets = page.facets();
            }
        }
        return new Results(r, ids.get(SearchType.CLAIM).withItems(claimCards(ids.get(SearchType.CLAIM).items(), r.q())),
                ids.get(SearchType.SPEAKER).withItems(speakers(ids.get(SearchType.SPEAKER).items())),
                ids.get(SearchType.STORY).withItems(StoryCards.load(ids.get(SearchType.STORY).items())),
                ids.get(SearchType.ARTICLE).withItems(ArticleCard.load(ids.get(SearchType.ARTICLE).items())), facets, Set.copyOf(atLeast));
    }

    /** @param atLeast the total is a lower bound (a preview stops counting at {@link SearchQueries#TOTAL_LIMIT}) */
    public record IdPage(Slice<Long> slice, Facets facets, boolean atLeast) {
        static final IdPage EMPTY = new IdPage(Slice.empty(), Facets.NONE, false);
    }

    /**
     * A type's preview (its best few, or only its total beside another type's page): bounded work whatever
     * the number of hits — the total counted up to a limit, facets over the newest results.
     */
    IdPage preview(SearchRequest r, boolean withFacets) {
        Query q = SearchQueries.of(index.analyzer, r);
        if (q == null) {
            return IdPage.EMPTY;
        }
        return index.withSearcher(s -> {
            SearchQueries.Preview p = SearchQueries.preview(s, q, r.limit() == 0 ? 0 : r.limit() + 1, r.hasWords() && !r.byDate(),
                    withFacets ? SearchQueries.FACETS : List.of(), SearchQueries.FACET_SAMPLE);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < p.hits().ids().size(); i++) {
                order.add(i);
            }
            Slice<Long> slice = r.limit() == 0 ? new Slice<>(List.of(), p.total(), null, null)
                    : Slice.of(order, r.limit(), null, p.total(), p.hits().keys()::get).map(p.hits().ids()::get);
            return new IdPage(slice, facets(new SearchQueries.Counts(p.total(), p.facets(), p.countedOver())), p.atLeast());
        });
    }

    /** Ids of one type's page, with the exact total and (when {@code withFacets}) the facets of its newest results. */
    public IdPage ids(SearchRequest r, boolean withFacets) {
        Query q = SearchQueries.of(index.analyzer, r);
        if (q == null) {
            return IdPage.EMPTY;
        }
        return index.withSearcher(s -> {
            SearchQueries.Counts counts = SearchQueries.sampled(s, q, withFacets ? SearchQueries.FACETS : List.of());
            if (r.limit() == 0) {
                return new IdPage(new Slice<Long>(List.of(), counts.total(), null, null), Facets.NONE, false);
            }
            SearchQueries.Hits hits = SearchQueries.page(s, q, r, r.limit() + 1);
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < hits.ids().size(); i++) {
                order.add(i);
            }
            Slice<Integer> slice = Slice.of(order, r.limit(), r.cursor(), counts.total(), hits.keys()::get);
            return new IdPage(slice.map(hits.ids()::get), facets(counts), false);
        });
    }

    /**
     * How many results match a request, counted in the index (a few postings lists intersected), not in the
     * database: a list's total costs the same for a speaker quoted 20,000 times as for one quoted once.
     * The index follows committed writes within moments; while it is rebuilt at start it counts what it holds.
     */
    public long count(SearchRequest r) {
        Query q = SearchQueries.of(index.analyzer, r);
        return q == null ? 0 : index.withSearcher(s -> s.count(q));
    }

    /** How many results of one type match these filters (no words), without reading a page. */
    public Map<String, Integer> crossRelations(String outlet) {
        SearchRequest r = new SearchRequest(null, SearchType.CLAIM, outlet, List.of(), null, null, null, null, 0, true);
        Query q = SearchQueries.of(index.analyzer, r);
        return index.withSearcher(s -> SearchQueries.count(s, q, List.of(CROSS)).facets().get(CROSS));
    }

    private static Facets facets(SearchQueries.Counts c) {
        if (c.facets().isEmpty()) {
            return Facets.NONE;
        }
        return new Facets(values(c.facets().get(OUTLET), v -> v, v -> v), values(c.facets().get(SPEAKER_FACET),
                v -> v.substring(0, v.indexOf('\t')), v -> v.substring(v.indexOf('\t') + 1)),
                values(c.facets().get(RELATION), v -> v, v -> v), c.countedOver(), c.total());
    }

    static final int FACET_VALUES = 12;

    private static List<FacetValue> values(Map<String, Integer> counts, java.util.function.UnaryOperator<String> value,
                                           java.util.function.UnaryOperator<String> label) {
        return counts == null ? List.of() : counts.entrySet().stream().limit(FACET_VALUES)
                .map(e -> new FacetValue(value.apply(e.getKey()), label.apply(e.getKey()), e.getValue())).toList();
    }

    private List<ClaimCard> claimCards(List<Long> ids, String query) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ClaimEntity> found = ClaimEntity.withArticleAndSpeaker(ids);
        return ids.stream().map(found::get).filter(Objects::nonNull).map(c -> ClaimCard.of(c, hits(c, query))).toList();
    }

    private static List<SpeakerHit> speakers(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, SpeakerEntity> found = new HashMap<>();
        for (SpeakerEntity s : IdParameters.select("select s from SpeakerEntity s where s.id in :ids", SpeakerEntity.class, ids).getResultList()) {
            found.put(s.id, s);
        }
        return ids.stream().map(found::get).filter(Objects::nonNull)
                .map(s -> new SpeakerHit(s.id, s.name, s.kind, s.roles.stream().limit(5).toList())).toList();
    }

    /** The query's words in a claim's content, as article-text ranges marked "hit". */
    private List<MarkedText.Range> hits(ClaimEntity c, String query) {
        return index.analyzer.hits(c.contentText, query).stream()
                .map(h -> new MarkedText.Range(c.contentStart + h[0], c.contentStart + h[1], "hit")).toList();
    }
}

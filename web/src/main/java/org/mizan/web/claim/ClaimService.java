package org.mizan.web.claim;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mizan.web.paging.ReadOnlyReads;
import org.mizan.web.claim.ClaimViews.ClaimSummary;
import org.mizan.web.claim.MarkedText.Piece;
import org.mizan.web.claim.MarkedText.Range;
import org.mizan.web.link.ClaimLinkEntity;
import org.mizan.web.link.EvidenceEmbeddable;
import org.mizan.web.link.LinkService;
import org.mizan.web.paging.Cursor;
import org.mizan.web.review.ClaimReviewEntity;
import org.mizan.web.review.PublisherConfig;
import org.mizan.web.review.ReviewActs;
import org.mizan.web.paging.Slice;
import org.mizan.web.search.SearchRequest;
import org.mizan.web.search.SearchService;
import org.mizan.web.search.SearchType;
import org.mizan.web.story.StoryEntity;
import org.mizan.web.story.StoryService;

/** Reads stored claims for the claim page and the claims API, each in one transaction. */
@ApplicationScoped
public class ClaimService {

    /** The claim page: the claim, its sentence, its links and stories, and its JSON-LD. */
    public record ClaimPage(ClaimCard claim, String speakerKind, List<Piece> context, String provenance,
                            Slice<LinkedClaim> links, List<StoryRef> stories, String jsonLd, ClaimReviewEntity review) {
    }

    /**
     * A claim linked to the page's claim, the evidence on both sides marked; {@code confirmedBy} names the
     * editor who confirmed the link, null for a machine suggestion.
     */
    public record LinkedClaim(long linkId, String relation, double confidence, String reason, ClaimCard here,
                              ClaimCard other, String reasonEnglish, String confirmedBy) {
    }

    public record StoryRef(long id, String title) {
    }

    /** One link as JSON, seen from the requested claim. */
    public record LinkView(long id, String relation, double confidence, String reason, long claimId,
                           String direction, List<EvidenceView> evidence, String confirmedBy) {
    }

    /** Evidence words as JSON: which claim they are in, and their offsets into that claim's article text. */
    public record EvidenceView(long claimId, String text, int start, int end) {
    }

    /** GET /api/claims/{id}: the claim, its links and its stories. */
    public record ClaimDetail(ClaimSummary claim, List<LinkView> links, List<StoryRef> stories, ReviewActs.ReviewView review) {
    }

    /** Claims of one speaker by id, or of every speaker whose name, alias or role has these words. */
    public record SpeakerFilter(Long id, String name) {
        public static SpeakerFilter byId(long id) {
            return new SpeakerFilter(id, null);
        }

        public static SpeakerFilter byName(String name) {
            return new SpeakerFilter(null, name);
        }
    }

    @Inject
    LinkService linkService;
    @Inject
    StoryService stories;
    @Inject
    ObjectMapper json;
    @Inject
    SearchService search;
    @Inject
    PublisherConfig publisher;

    @Transactional
    public Optional<ClaimPage> page(long id, String baseUrl, Cursor linksFrom) {
        ReadOnlyReads.apply();
        return ClaimEntity.<ClaimEntity>findByIdOptional(id).map(c -> {
            Slice<ClaimLinkEntity> links = ClaimLinksPage.of(id, linksFrom);
            List<Range> evidenceHere = new ArrayList<>(ClaimCard.propositionEvidence(c));
            List<LinkedClaim> linked = new ArrayList<>();
            for (ClaimLinkEntity l : links.items()) {
                ClaimEntity other = l.other(id);
                List<Range> here = ranges(l.evidenceIn(c));
                evidenceHere.addAll(here);
                linked.add(new LinkedClaim(l.id, l.relation, l.confidence, l.reason, ClaimCard.of(c, here),
                        ClaimCard.of(other, ranges(l.evidenceIn(other))), l.reasonEnglish, l.confirmedBy));
            }
            ClaimReviewEntity review = ClaimReviewEntity.of(id).orElse(null);
            return new ClaimPage(ClaimCard.of(c, evidenceHere), c.speaker.kind, ClaimContext.of(c, evidenceHere),
                    c.article.provenance, links.withItems(linked), storyRefs(id), ClaimJsonLd.forScript(json, jsonLdOf(c, review, baseUrl)),
                    review);
        });
    }

    /** How many reprints of a claim its markup lists at most (a wire sentence may be carried by hundreds of articles). */
    static final int MAX_APPEARANCES = 50;

    /** The claim's schema.org markup: a Claim, or a ClaimReview once an editor reviewed it. */
    private Map<String, Object> jsonLdOf(ClaimEntity c, ClaimReviewEntity review, String baseUrl) {
        List<ClaimEntity> reports = linkService.reportsOf(c.id, MAX_APPEARANCES).stream().map(l -> l.other(c.id)).toList();
        ClaimJsonLd.Publisher by = new ClaimJsonLd.Publisher(publisher.name(), publisher.url().orElse(baseUrl));
        return ClaimJsonLd.of(c, reports, review, by, baseUrl);
    }

    @Transactional
    public Optional<ClaimDetail> detail(long id) {
        ReadOnlyReads.apply();
        return ClaimEntity.<ClaimEntity>findByIdOptional(id).map(c -> new ClaimDetail(ClaimSummary.of(c),
                linkService.linksOf(id).stream().map(l -> linkView(l, c)).toList(), storyRefs(id),
                ClaimReviewEntity.of(id).map(ReviewActs.ReviewView::of).orElse(null)));
    }

    @Transactional
    public Optional<String> jsonLd(long id, String baseUrl) {
        return ClaimEntity.<ClaimEntity>findByIdOptional(id)
                .map(c -> ClaimJsonLd.forScript(json, jsonLdOf(c, ClaimReviewEntity.of(id).orElse(null), baseUrl)));
    }

    /**
     * Claims by speaker (an id, or words of a name, alias or role), date range (the statement's date, else
     * the article's) and words, newest first, a page at a time — through the search index, so every filter
     * and the total stay cheap however large the corpus.
     */
    @Transactional
    public Slice<ClaimSummary> query(SpeakerFilter speaker, LocalDate from, LocalDate to, String q, Cursor cursor, int limit) {
        List<Long> speakers = List.of();
        if (speaker != null && speaker.id() != null) {
            speakers = List.of(speaker.id());
        } else if (speaker != null) {
            speakers = search.ids(new SearchRequest(speaker.name(), SearchType.SPEAKER, null, List.of(), null, null, null, null,
                    MAX_NAMED_SPEAKERS, false), false).slice().items();
            if (speakers.isEmpty()) {
                return Slice.empty();
            }
        }
        SearchRequest r = new SearchRequest(q, SearchType.CLAIM, null, speakers, from, to, null, cursor, limit, true);
        Slice<Long> ids = search.ids(r, false).slice();
        Map<Long, ClaimEntity> found = ClaimEntity.withArticleAndSpeaker(ids.items());
        return ids.withItems(ids.items().stream().map(found::get).filter(Objects::nonNull).map(ClaimSummary::of).toList());
    }

    /** A name's words match at most this many speakers in a claims query. */
    static final int MAX_NAMED_SPEAKERS = 100;

    private List<StoryRef> storyRefs(long claimId) {
        return stories.storiesOf(claimId).stream().map(s -> new StoryRef(s.id, s.title)).toList();
    }

    private static LinkView linkView(ClaimLinkEntity l, ClaimEntity from) {
        ClaimEntity other = l.other(from.id);
        String direction = l.fromClaim.id.equals(from.id) ? "outgoing" : "incoming";
        return new LinkView(l.id, l.relation, l.confidence, l.reason, other.id, direction,
                l.evidence.stream().map(e -> new EvidenceView(e.onFromSide() ? l.fromClaim.id : l.toClaim.id, e.text,
                        e.startOffset, e.endOffset)).toList(), l.confirmedBy);
    }

    private static List<Range> ranges(List<EvidenceEmbeddable> evidence) {
        return evidence.stream().map(e -> new Range(e.startOffset, e.endOffset, "evidence")).toList();
    }
}

package org.mizan.web.claim;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mizan.web.claim.ClaimViews.ClaimSummary;
import org.mizan.web.claim.MarkedText.Piece;
import org.mizan.web.claim.MarkedText.Range;
import org.mizan.web.link.ClaimLinkEntity;
import org.mizan.web.link.EvidenceEmbeddable;
import org.mizan.web.link.LinkService;
import org.mizan.web.search.SearchKeys;
import org.mizan.web.search.SearchService;
import org.mizan.web.story.StoryEntity;
import org.mizan.web.story.StoryService;

/** Reads stored claims for the claim page and the claims API, each in one transaction. */
@ApplicationScoped
public class ClaimService {

    /** The claim page: the claim, its sentence, its links and stories, and its JSON-LD. */
    public record ClaimPage(ClaimCard claim, String speakerKind, List<Piece> context, String provenance,
                            List<LinkedClaim> links, List<StoryRef> stories, String jsonLd) {
    }

    /** A claim linked to the page's claim, the evidence on both sides marked. */
    public record LinkedClaim(long linkId, String relation, double confidence, String reason, ClaimCard here,
                              ClaimCard other) {
    }

    public record StoryRef(long id, String title) {
    }

    /** One link as JSON, seen from the requested claim. */
    public record LinkView(long id, String relation, double confidence, String reason, long claimId,
                           String direction, List<EvidenceView> evidence) {
    }

    /** Evidence words as JSON: which claim they are in, and their offsets into that claim's article text. */
    public record EvidenceView(long claimId, String text, int start, int end) {
    }

    /** GET /api/claims/{id}: the claim, its links and its stories. */
    public record ClaimDetail(ClaimSummary claim, List<LinkView> links, List<StoryRef> stories) {
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

    @Transactional
    public Optional<ClaimPage> page(long id, String baseUrl) {
        return ClaimEntity.<ClaimEntity>findByIdOptional(id).map(c -> {
            List<ClaimLinkEntity> links = linkService.linksOf(id);
            List<Range> evidenceHere = new ArrayList<>(ClaimCard.propositionEvidence(c));
            List<LinkedClaim> linked = new ArrayList<>();
            for (ClaimLinkEntity l : links) {
                ClaimEntity other = l.other(id);
                List<Range> here = ranges(l.evidenceIn(c));
                evidenceHere.addAll(here);
                linked.add(new LinkedClaim(l.id, l.relation, l.confidence, l.reason, ClaimCard.of(c, here),
                        ClaimCard.of(other, ranges(l.evidenceIn(other)))));
            }
            Map<String, Object> ld = ClaimJsonLd.of(c, links, baseUrl);
            return new ClaimPage(ClaimCard.of(c, evidenceHere), c.speaker.kind, ClaimContext.of(c, evidenceHere),
                    c.article.provenance, linked, storyRefs(id), ClaimJsonLd.forScript(json, ld));
        });
    }

    @Transactional
    public Optional<ClaimDetail> detail(long id) {
        return ClaimEntity.<ClaimEntity>findByIdOptional(id).map(c -> new ClaimDetail(ClaimSummary.of(c),
                linkService.linksOf(id).stream().map(l -> linkView(l, c)).toList(), storyRefs(id)));
    }

    @Transactional
    public Optional<String> jsonLd(long id, String baseUrl) {
        return ClaimEntity.<ClaimEntity>findByIdOptional(id)
                .map(c -> ClaimJsonLd.forScript(json, ClaimJsonLd.of(c, linkService.linksOf(id), baseUrl)));
    }

    /** Claims by speaker, statement date range and words, newest statement first. */
    @Transactional
    public List<ClaimSummary> query(SpeakerFilter speaker, LocalDate from, LocalDate to, String q, int limit) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        List<String> patterns = SearchKeys.likePatterns(q);
        if (!patterns.isEmpty()) {
            where.add(SearchService.whereClause(patterns.size()));
            params.addAll(patterns);
        }
        if (speaker != null && speaker.id() != null) {
            params.add(speaker.id());
            where.add("speaker.id = ?" + params.size());
        } else if (speaker != null) {
            List<String> names = SearchKeys.likePatterns(speaker.name());
            if (names.isEmpty()) {
                return List.of();
            }
            List<String> conditions = new ArrayList<>();
            for (String pattern : names) {
                params.add(pattern);
                conditions.add("speaker.searchKey like ?" + params.size());
            }
            where.add(String.join(" and ", conditions));
        }
        if (from != null) {
            params.add(from);
            where.add("statedOn >= ?" + params.size());
        }
        if (to != null) {
            params.add(to);
            where.add("statedOn <= ?" + params.size());
        }
        String jpql = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by statedOn desc nulls last, id desc";
        return ClaimEntity.<ClaimEntity>find(jpql, params.toArray()).page(Page.ofSize(limit)).list().stream()
                .map(ClaimSummary::of).toList();
    }

    private List<StoryRef> storyRefs(long claimId) {
        return stories.storiesOf(claimId).stream().map(s -> new StoryRef(s.id, s.title)).toList();
    }

    private static LinkView linkView(ClaimLinkEntity l, ClaimEntity from) {
        ClaimEntity other = l.other(from.id);
        String direction = l.fromClaim.id.equals(from.id) ? "outgoing" : "incoming";
        return new LinkView(l.id, l.relation, l.confidence, l.reason, other.id, direction,
                l.evidence.stream().map(e -> new EvidenceView(e.onFromSide() ? l.fromClaim.id : l.toClaim.id, e.text,
                        e.startOffset, e.endOffset)).toList());
    }

    private static List<Range> ranges(List<EvidenceEmbeddable> evidence) {
        return evidence.stream().map(e -> new Range(e.startOffset, e.endOffset, "evidence")).toList();
    }
}

package org.mizan.web.link;

import static org.mizan.web.Columns.clip;
import org.mizan.web.paging.IdParameters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.story.CorpusChanged;

/** Stores and reads links between claims. Writer: {@link CorpusLinker}, in the write path; readers: pages and the API. */
@ApplicationScoped
public class LinkService {

    @Inject
    Event<CorpusChanged> changed;

    /**
     * Records (or refreshes) the link between two claims. Evidence offsets are into each side's article
     * text. A link of a claim with itself, or with an unknown relation, is refused.
     */
    @Transactional
    public ClaimLinkEntity link(ClaimEntity from, ClaimEntity to, String relation, double confidence, String reason,
                                List<EvidenceEmbeddable> evidence) {
        String rel = checked(from, to, relation);
        ClaimLinkEntity link = find(from, to, rel).orElseGet(ClaimLinkEntity::new);
        fill(link, from, to, rel, confidence, reason, evidence);
        changed.fire(new CorpusChanged("link"));
        return link;
    }

    /**
     * The write path's form of {@link #link}: at least one end is a claim stored in this very transaction,
     * so no link between them exists yet and none is looked for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ClaimLinkEntity record(ClaimEntity from, ClaimEntity to, String relation, double confidence, String reason,
                                  List<EvidenceEmbeddable> evidence) {
        ClaimLinkEntity link = new ClaimLinkEntity();
        fill(link, from, to, checked(from, to, relation), confidence, reason, evidence);
        return link;
    }

    private static String checked(ClaimEntity from, ClaimEntity to, String relation) {
        String rel = relation == null ? "" : relation.toLowerCase(Locale.ROOT);
        if (!ClaimLinkEntity.RELATIONS.contains(rel)) {
            throw new IllegalArgumentException("not a stored relation: " + relation);
        }
        if (from.id != null && from.id.equals(to.id)) {
            throw new IllegalArgumentException("a claim is not linked to itself");
        }
        return rel;
    }

    private static void fill(ClaimLinkEntity link, ClaimEntity from, ClaimEntity to, String rel, double confidence, String reason,
                             List<EvidenceEmbeddable> evidence) {
        link.fromClaim = from;
        link.toClaim = to;
        link.relation = rel;
        link.confidence = confidence;
        link.reason = clip(reason, 2000);
        link.evidence.clear();
        link.evidence.addAll(evidence);
        link.linkedAt = Instant.now();
        if (!link.isPersistent()) {
            link.persist();
        }
    }

    private Optional<ClaimLinkEntity> find(ClaimEntity from, ClaimEntity to, String relation) {
        return ClaimLinkEntity.find("(fromClaim = ?1 and toClaim = ?2 or fromClaim = ?2 and toClaim = ?1) and relation = ?3",
                from, to, relation).firstResultOptional();
    }

    /**
     * One stored link as the API lists it; {@code kind} is "report" for one statement reported twice;
     * {@code confirmedBy} the editor who confirmed it, null for a machine suggestion.
     */
    public record LinkItem(long id, long from, long to, String relation, String kind, double confidence, String reason,
                           Long story, String confirmedBy) {
    }

    /** A page of links and the cursor of the next page (null on the last). */
    public record LinkPage(java.util.List<LinkItem> items, Long next) {
    }

    /** The links with an id after {@code after}, {@code limit} at most, each with the story holding both ends. */
    @Transactional
    public LinkPage page(long after, int limit) {
        List<ClaimLinkEntity> page = ClaimLinkEntity.<ClaimLinkEntity>find("id > ?1 order by id", after).page(0, limit + 1).list();
        boolean more = page.size() > limit;
        List<ClaimLinkEntity> shown = more ? page.subList(0, limit) : page;
        java.util.Set<Long> ends = new java.util.HashSet<>();
        shown.forEach(l -> {
            ends.add(l.fromClaim.id);
            ends.add(l.toClaim.id);
        });
        java.util.Map<Long, java.util.Set<Long>> storiesByClaim = new java.util.HashMap<>();
        if (!ends.isEmpty()) {
            List<Object[]> rows = org.mizan.web.story.StoryEntity.getEntityManager()
                    .createQuery("select c.id, s.id from StoryEntity s join s.claims c where c.id in ?1", Object[].class)
                    .setParameter(1, ends).getResultList();
            for (Object[] r : rows) {
                storiesByClaim.computeIfAbsent((Long) r[0], k -> new java.util.HashSet<>()).add((Long) r[1]);
            }
        }
        List<LinkItem> items = shown.stream().map(l -> {
            java.util.Set<Long> both = new java.util.HashSet<>(storiesByClaim.getOrDefault(l.fromClaim.id, java.util.Set.of()));
            both.retainAll(storiesByClaim.getOrDefault(l.toClaim.id, java.util.Set.of()));
            return new LinkItem(l.id, l.fromClaim.id, l.toClaim.id, l.relation,
                    isReport(l) ? "report" : null, l.confidence, l.reason,
                    both.isEmpty() ? null : both.iterator().next(), l.confirmedBy);
        }).toList();
        return new LinkPage(items, more ? shown.get(shown.size() - 1).id : null);
    }

    /** How the comparator opens the reason of one statement reported twice (core LinkReasons). */
    private static final String REPORT_REASON = "تطابق";

    /** Whether the link joins two reports of one statement (a reprint), not two statements. */
    public static boolean isReport(ClaimLinkEntity l) {
        return l.reason != null && l.reason.startsWith(REPORT_REASON);
    }

    /**
     * At most {@code max} of the claim's report links (its reprints, see {@link #isReport}), strongest first:
     * one bounded read per end, however many links a much-reprinted claim gathers.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClaimLinkEntity> reportsOf(long claimId, int max) {
        List<ClaimLinkEntity> found = new ArrayList<>();
        for (String end : List.of("l.fromClaim.id", "l.toClaim.id")) {
            found.addAll(ClaimLinkEntity.getEntityManager().createQuery("select l from ClaimLinkEntity l where " + end + " = :claim"
                            + " and l.reason like :report order by l.confidence desc", ClaimLinkEntity.class)
                    .setParameter("claim", claimId).setParameter("report", REPORT_REASON + "%").setMaxResults(max).getResultList());
        }
        found.sort(Comparator.comparingDouble((ClaimLinkEntity l) -> l.confidence).reversed());
        return found.subList(0, Math.min(max, found.size()));
    }

    /** Every link that touches the claim, strongest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClaimLinkEntity> linksOf(long claimId) {
        return ClaimLinkEntity.list("fromClaim.id = ?1 or toClaim.id = ?1 order by confidence desc", claimId);
    }

    /** The links whose both ends are among the given claims (a story's internal comparisons). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClaimLinkEntity> linksAmong(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        return IdParameters.select("select l from ClaimLinkEntity l where l.fromClaim.id in :ids and l.toClaim.id in :ids"
                + " order by l.confidence desc", ClaimLinkEntity.class, claimIds).getResultList();
    }

    /**
     * Removes every link touching these claims: call inside the transaction that removes them (an
     * article deleted or re-analysed), before they go.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long forgetClaims(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return 0;
        }
        List<ClaimLinkEntity> gone = ClaimLinkEntity.list("fromClaim.id in ?1 or toClaim.id in ?1", claimIds);
        gone.forEach(ClaimLinkEntity::delete);
        return gone.size();
    }
}

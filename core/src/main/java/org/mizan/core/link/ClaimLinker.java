package org.mizan.core.link;

import org.mizan.core.identity.ActorResolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Links a new article's claims to the stored claims about the same event, through a blocking index
 * (a {@link CandidateSource}: in memory, {@link LinkIndex}, or the web layer's tables) restricted to a
 * time window — never all pairs. {@link #store} links and files each new article's claims (or
 * {@link #link} then {@link #add}), {@link #remove} forgets them when an article is deleted.
 * Claims of the new article are also linked to each other (an article often reports both sides).
 * Thread-safe: every public method is synchronised, the work per article being small.
 */
public final class ClaimLinker {

    /**
     * @param windowDays       how far apart (in days) two claims may be dated and still be about one event
     * @param agreeCap         how many of the newest claims on the same party's question with the same
     *                         stance are compared (they may AGREE)
     * @param conflictCap      the same with the opposite stance (they may CONFLICT)
     * @param contrastCap      how many of the newest claims on the question with the opposite stance,
     *                         whatever the party, are compared (they may CONTRAST). The three caps keep the
     *                         cost per article flat as the corpus grows.
     * @param candidatesPerClaim how many stored claims one new claim is compared with at most, conflict
     *                         candidates first, then contrast, then agreement
     * @param linksPerRelation how many links of each relation a new claim keeps, the surest (then the
     *                         nearest in time) first: forty claims saying the same thing add nothing to a
     *                         reader's page or to a story's connectivity that a few do not
     */
    public record Settings(int windowDays, int agreeCap, int conflictCap, int contrastCap, int candidatesPerClaim,
                           int linksPerRelation) {
        public static final Settings DEFAULT = new Settings(14, 3, 5, 3, 8, 8);
        /** How many of the newest claims of the same speaker are compared (its reprints and paraphrases). */
        static final int REPORT_CAP = 12;

        public Settings {
            if (windowDays < 0 || agreeCap < 1 || conflictCap < 1 || contrastCap < 1 || candidatesPerClaim < 1
                    || linksPerRelation < 1) {
                throw new IllegalArgumentException("windowDays >= 0, caps >= 1");
            }
        }

        Map<LinkIndex.Need, Integer> caps() {
            Map<LinkIndex.Need, Integer> caps = new java.util.EnumMap<>(LinkIndex.Need.class);
            caps.put(LinkIndex.Need.AGREE, agreeCap);
            caps.put(LinkIndex.Need.CONFLICT, conflictCap);
            caps.put(LinkIndex.Need.CONTRAST, contrastCap);
            caps.put(LinkIndex.Need.REPORT, REPORT_CAP);
            return caps;
        }
    }

    private final Settings settings;
    private final Map<LinkIndex.Need, Integer> caps;
    private final ClaimComparator comparator;
    private final CandidateSource index;
    private final AtomicLong comparisons = new AtomicLong();

    /** A linker over its own in-memory index. */
    public ClaimLinker(Settings settings, ClaimComparator comparator) {
        this(settings, comparator, new LinkIndex());
    }

    /** A linker filing claims in, and finding candidates through, {@code index}. */
    public ClaimLinker(Settings settings, ClaimComparator comparator, CandidateSource index) {
        this.settings = settings;
        this.index = index;
        this.caps = settings.caps();
        this.comparator = comparator;
    }

    public static ClaimLinker standard() {
        return new ClaimLinker(Settings.DEFAULT, ClaimComparator.standard());
    }

    public Settings settings() {
        return settings;
    }

    /** Files claims already linked (startup load from the database): no comparison is made. */
    public synchronized void add(List<LinkableClaim> claims) {
        index.file(resolve(claims, true));
    }

    /** Forgets an article's claims; returns how many were removed. */
    public synchronized int remove(String articleId) {
        return index.removeArticle(articleId);
    }

    /**
     * The links of the new claims to the stored ones and among themselves, without storing them. Each
     * link goes from the stored (or earlier listed) claim to the new one.
     */
    public synchronized List<ClaimLink> link(List<LinkableClaim> newClaims) {
        return linkResolved(resolve(newClaims, false));
    }

    /** Links the new claims, then files them: what the web layer calls when an article is stored. */
    public synchronized List<ClaimLink> store(List<LinkableClaim> newClaims) {
        List<ResolvedClaim> resolved = resolve(newClaims, true);
        List<ClaimLink> links = linkResolved(resolved);
        index.file(resolved);
        return links;
    }

    /** How many claim pairs have been compared since this linker was made (for tests and benchmarks). */
    public long comparisons() {
        return comparisons.get();
    }

    /** How many claims the in-memory index holds (tests); -1 when claims are filed elsewhere. */
    public synchronized int size() {
        return index instanceof LinkIndex memory ? memory.size() : -1;
    }

    private List<ClaimLink> linkResolved(List<ResolvedClaim> fresh) {
        List<ClaimLink> out = new ArrayList<>();
        Set<String> freshIds = new LinkedHashSet<>();
        for (ResolvedClaim c : fresh) {
            freshIds.add(c.id());
        }
        // The candidates' ids first, per new claim in lookup order; then all of them fetched at once.
        List<Set<String>> candidateIds = new ArrayList<>(fresh.size());
        Set<String> wanted = new LinkedHashSet<>();
        for (ResolvedClaim claim : fresh) {
            Set<String> ids = new LinkedHashSet<>();
            if (!claim.lookups().isEmpty()) {
                LinkIndex.candidates(index, claim, settings.windowDays(), caps, settings.candidatesPerClaim(), ids);
                wanted.addAll(ids);
            }
            candidateIds.add(ids);
        }
        Map<String, ResolvedClaim> filed = wanted.isEmpty() ? Map.of() : index.claims(wanted);
        for (int i = 0; i < fresh.size(); i++) {
            ResolvedClaim claim = fresh.get(i);
            if (claim.lookups().isEmpty()) {
                continue;
            }
            // Keyed by claim id: record equality would hash whole claims.
            Map<String, ResolvedClaim> candidates = new LinkedHashMap<>();
            for (String id : candidateIds.get(i)) {
                ResolvedClaim c = filed.get(id);
                if (c != null) {
                    candidates.put(id, c);
                }
            }
            if (claim.claim().date() == null) {
                // Undated: only its own article places it in time.
                for (ResolvedClaim c : index.claimsOf(claim.articleId())) {
                    candidates.putIfAbsent(c.id(), c);
                }
            }
            List<ClaimComparator.Verdict> verdicts = new ArrayList<>();
            for (ResolvedClaim other : candidates.values()) {
                if (!freshIds.contains(other.id())) {
                    compare(other, claim, verdicts);
                }
            }
            for (int j = 0; j < i; j++) {
                ResolvedClaim earlier = fresh.get(j);
                if (withinWindow(earlier, claim) && (!earlier.propositions().isEmpty() && shareKey(earlier, claim)
                        || LinkIndex.shareWording(earlier, claim))) {
                    compare(earlier, claim, verdicts);
                }
            }
            keep(claim, verdicts, out);
        }
        return out;
    }

    private void compare(ResolvedClaim from, ResolvedClaim to, List<ClaimComparator.Verdict> out) {
        comparisons.incrementAndGet();
        out.addAll(comparator.verdicts(from, to));
    }

    /** The surest (then nearest in time) links of each relation for one new claim, worded. */
    private void keep(ResolvedClaim claim, List<ClaimComparator.Verdict> verdicts, List<ClaimLink> out) {
        if (verdicts.isEmpty()) {
            return;
        }
        long day = claim.claim().date() == null ? 0 : claim.claim().date().toEpochDay();
        verdicts.sort(java.util.Comparator.comparingDouble(ClaimComparator.Verdict::confidence).reversed()
                .thenComparingLong(v -> v.a().claim().date() == null ? 0 : Math.abs(v.a().claim().date().toEpochDay() - day)));
        Map<Relation, Integer> kept = new java.util.EnumMap<>(Relation.class);
        for (ClaimComparator.Verdict v : verdicts) {
            if (kept.merge(v.relation(), 1, Integer::sum) <= settings.linksPerRelation()) {
                out.add(comparator.link(v));
            }
        }
    }

    private boolean withinWindow(ResolvedClaim a, ResolvedClaim b) {
        if (a.claim().date() == null || b.claim().date() == null) {
            return a.articleId().equals(b.articleId());
        }
        return Math.abs(a.claim().date().toEpochDay() - b.claim().date().toEpochDay()) <= settings.windowDays();
    }

    private static boolean shareKey(ResolvedClaim a, ResolvedClaim b) {
        return !java.util.Collections.disjoint(a.topics(), b.topics());
    }

    /**
     * Learns names and leaderships from the speakers first, then resolves with the article's actor set:
     * the index's own set when the claims are to be filed, a copy when they are only linked.
     */
    private List<ResolvedClaim> resolve(List<LinkableClaim> claims, boolean filed) {
        ActorResolver actors = comparator.resolver().actors();
        Map<String, Set<String>> articleActors = new LinkedHashMap<>();
        for (LinkableClaim c : claims) {
            actors.learnFromSpeaker(c.claim().speaker());
            actors.learnEntity(c.claim().speaker());
            for (org.mizan.core.Proposition p : c.claim().propositions()) {
                actors.learnSubjectName(p.subject());
            }
        }
        List<ResolvedClaim> out = new ArrayList<>(claims.size());
        for (LinkableClaim c : claims) {
            Set<String> shared = articleActors.computeIfAbsent(c.articleId(),
                    id -> filed ? index.articleActors(id) : new LinkedHashSet<>(index.articleActors(id)));
            ResolvedClaim resolved = comparator.resolver().resolve(c, shared);
            if (c.claim().speaker() != null) {
                shared.addAll(actors.blockingKeys(actors.resolve(c.claim().speaker().name())));
            }
            for (ResolvedProposition p : resolved.propositions()) {
                shared.addAll(p.subjectKeys());
            }
            out.add(resolved);
        }
        return out;
    }
}

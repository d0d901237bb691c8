package org.mizan.web.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.core.identity.RealParty;
import org.mizan.core.text.ArabicFolding;
import org.mizan.web.claim.ClaimCard;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.MarkedText.Range;
import org.mizan.web.claim.PropositionEmbeddable;
import org.mizan.web.link.ClaimLinkEntity;
import org.mizan.web.link.EvidenceEmbeddable;

/**
 * The comparison page of a story as plain data: its claims grouped by what they are about (predicate and
 * object), a verdict per group (who did it and who did not, according to whom and when), the links
 * between its claims with their evidence, its reports by outlet, and a timeline of statements.
 */
public record StoryComparison(long id, String title, LocalDate firstDate, LocalDate lastDate, List<String> actors,
                              List<String> sources, List<PropositionGroup> groups, List<ClaimCard> unframed,
                              List<LinkPair> links, int linksNotShown, List<ClaimCard> timeline, int claimsNotShown,
                              StoryReports reports) {

    /**
     * What one page shows of a big story (a reader compares a screenful, not a thousand cards): the
     * strongest links, disagreements first; the most disputed topics with their earliest stands; the
     * latest statements on the timeline. Each list says how many it leaves out; every claim keeps its page.
     */
    static final int MAX_LINKS = 12;
    static final int MAX_GROUPS = 6;
    static final int MAX_ROWS = 4;
    static final int MAX_UNFRAMED = 10;
    static final int MAX_TIMELINE = 30;
    static final int MAX_VERDICT_PARTIES = 6;

    /** Claims that assert or deny the same predicate of the same object, side by side. */
    public record PropositionGroup(String predicate, String object, List<GroupRow> rows, int rowsNotShown,
                                   List<Verdict> affirmed, List<Verdict> negated) {
        public boolean disputed() {
            return !affirmed.isEmpty() && !negated.isEmpty();
        }
    }

    /** One claim's stand in a group: the subject it speaks of and whether it affirms or denies. */
    public record GroupRow(ClaimCard claim, String subject, String polarity, String modality) {
        public boolean negated() {
            return "negated".equals(polarity);
        }
    }

    /** One side of a verdict: the subject, according to whom, and when it was said. */
    public record Verdict(String subject, String according, long speakerId, LocalDate statedOn) {
    }

    /** A stored link between two of the story's claims, each side with this link's evidence marked. */
    public record LinkPair(String relation, double confidence, String reason, ClaimCard from, ClaimCard to,
                           String reasonEnglish, String confirmedBy) {
    }

    public static StoryComparison of(StoryEntity story, List<ClaimLinkEntity> links) {
        Map<Long, List<Range>> evidenceByClaim = new HashMap<>();
        for (ClaimLinkEntity link : links) {
            for (EvidenceEmbeddable e : link.evidence) {
                long claimId = e.onFromSide() ? link.fromClaim.id : link.toClaim.id;
                evidenceByClaim.computeIfAbsent(claimId, k -> new ArrayList<>()).add(new Range(e.startOffset, e.endOffset, "evidence"));
            }
        }
        // The claims come from a set read without order: by id, so that equal dates keep one order and
        // the same corpus renders the same page (and the same entity tag) after a restart.
        List<ClaimEntity> claims = story.claims.stream().sorted(Comparator.comparingLong((ClaimEntity c) -> c.id)).toList();
        Map<Long, ClaimCard> cards = new LinkedHashMap<>();
        for (ClaimEntity c : claims) {
            List<Range> ranges = new ArrayList<>(evidenceByClaim.getOrDefault(c.id, List.of()));
            ranges.addAll(ClaimCard.propositionEvidence(c));
            cards.put(c.id, ClaimCard.of(c, ranges));
        }

        Map<String, List<GroupRow>> rowsByTopic = new LinkedHashMap<>();
        Map<String, PropositionEmbeddable> firstOfTopic = new HashMap<>();
        List<ClaimCard> unframed = new ArrayList<>();
        for (ClaimEntity c : claims) {
            boolean framed = false;
            for (PropositionEmbeddable p : c.propositions) {
                if (p.predicate == null || p.predicate.isBlank()) {
                    continue;
                }
                String topic = topicKey(p);
                firstOfTopic.putIfAbsent(topic, p);
                String subject = p.subject == null || p.subject.isBlank() ? c.speaker.name : p.subject;
                rowsByTopic.computeIfAbsent(topic, k -> new ArrayList<>())
                        .add(new GroupRow(cards.get(c.id), subject, p.polarity, p.modality));
                framed = true;
            }
            if (!framed) {
                unframed.add(cards.get(c.id));
            }
        }
        List<PropositionGroup> groups = new ArrayList<>();
        rowsByTopic.forEach((topic, rows) -> {
            rows.sort(Comparator.comparing((GroupRow r) -> r.claim().date(), Comparator.nullsLast(Comparator.naturalOrder())));
            groups.add(new PropositionGroup(firstOfTopic.get(topic).predicate, shortestObject(topic, claims),
                    List.copyOf(rows.subList(0, Math.min(rows.size(), MAX_ROWS))), Math.max(0, rows.size() - MAX_ROWS),
                    verdicts(rows, false), verdicts(rows, true)));
        });
        // Disputed groups first: they are what a reader comes to compare; then the most reported.
        groups.sort(Comparator.comparing(PropositionGroup::disputed).reversed()
                .thenComparing(g -> -(g.rows().size() + g.rowsNotShown())));
        List<PropositionGroup> shownGroups = List.copyOf(groups.subList(0, Math.min(groups.size(), MAX_GROUPS)));

        List<LinkPair> pairs = links.stream()
                .sorted(Comparator.comparing((ClaimLinkEntity l) -> "agree".equals(l.relation))
                        .thenComparing(l -> -l.confidence))
                .limit(MAX_LINKS)
                .map(l -> new LinkPair(l.relation, l.confidence, l.reason,
                        ClaimCard.of(l.fromClaim, side(l, true)), ClaimCard.of(l.toClaim, side(l, false)), l.reasonEnglish,
                        l.confirmedBy))
                .toList();
        List<ClaimCard> sorted = cards.values().stream()
                .sorted(Comparator.comparing(ClaimCard::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ClaimCard::id))
                .toList();
        List<ClaimCard> timeline = sorted.size() <= MAX_TIMELINE ? sorted : sorted.subList(sorted.size() - MAX_TIMELINE, sorted.size());
        return new StoryComparison(story.id, story.title, story.firstDate, story.lastDate, List.copyOf(story.actors),
                List.copyOf(story.sources), shownGroups, List.copyOf(unframed.subList(0, Math.min(unframed.size(), MAX_UNFRAMED))),
                pairs, links.size() - pairs.size(), List.copyOf(timeline), sorted.size() - timeline.size(),
                StoryReports.of(claims, links));
    }

    /**
     * Predicate plus the light stem of the object's first word: "الاتفاق" and "اتفاق وقف إطلاق النار" are
     * both about the agreement when the predicate is the same.
     */
    static String topicKey(PropositionEmbeddable p) {
        String object = p.object == null ? "" : ArabicFolding.fold(p.object).replaceAll("[\\p{P}\\p{S}]+", " ").trim();
        String head = object.isEmpty() ? "" : ArabicFolding.stem(object.split("\\s+")[0]);
        return p.predicate + "|" + head;
    }

    private static String shortestObject(String topic, List<ClaimEntity> claims) {
        String best = null;
        for (ClaimEntity c : claims) {
            for (PropositionEmbeddable p : c.propositions) {
                if (p.predicate != null && topicKey(p).equals(topic) && p.object != null && !p.object.isBlank()
                        && (best == null || p.object.length() < best.length())) {
                    best = p.object;
                }
            }
        }
        return best;
    }

    /**
     * One side of a group's verdict: each real party ({@link RealParty}) once, with its earliest stand (rows come sorted by date)
     * and who reported it then; at most {@link #MAX_VERDICT_PARTIES} parties, the rows below give the rest.
     */
    private static List<Verdict> verdicts(List<GroupRow> rows, boolean negated) {
        Set<String> seen = new LinkedHashSet<>();
        List<Verdict> out = new ArrayList<>();
        for (GroupRow r : rows) {
            if (out.size() == MAX_VERDICT_PARTIES) {
                break;
            }
            // A verdict names real parties only: never a relative pronoun, a quotation or a clause.
            if (r.negated() == negated && RealParty.names(r.subject()) && seen.add(r.subject())) {
                out.add(new Verdict(r.subject(), r.claim().speakerName(), r.claim().speakerId(), r.claim().date()));
            }
        }
        return out;
    }

    private static List<Range> side(ClaimLinkEntity link, boolean from) {
        return link.evidence.stream().filter(e -> e.onFromSide() == from)
                .map(e -> new Range(e.startOffset, e.endOffset, "evidence")).toList();
    }
}

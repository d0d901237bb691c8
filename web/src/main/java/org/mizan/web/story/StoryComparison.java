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
import java.util.regex.Pattern;
import org.mizan.core.identity.RealParty;
import org.mizan.core.text.ArabicFolding;
import org.mizan.web.claim.ClaimCard;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.MarkedText.Range;
import org.mizan.web.claim.PropositionEmbeddable;
import org.mizan.web.link.ClaimLinkEntity;
import org.mizan.web.link.EvidenceEmbeddable;
import org.mizan.web.paging.Slice;

/**
 * One page of a story's comparison as plain data: a page of its claims (the newest first, a keyset page of
 * {@link #PAGE}) grouped by what they are about (predicate and object), a verdict per group (who did it and
 * who did not, according to whom and when), the links among them with their evidence, their reports by
 * outlet, and their timeline. {@code page} carries the claims' ids, the story's total (its claimCount
 * column) and the cursors of the pages before and after; everything shown is drawn from this page's claims.
 */
public record StoryComparison(long id, String title, LocalDate firstDate, LocalDate lastDate, List<String> actors,
                              List<String> sources, boolean moreNames, List<PropositionGroup> groups, List<ClaimCard> unframed,
                              List<LinkPair> links, int linksNotShown, List<ClaimCard> timeline, Slice<Long> page,
                              StoryReports reports) {

    /** How many of a story's claims one page compares and lists: a screenful to compare, read on an index. */
    static final int PAGE = 50;
    /**
     * What one page shows of its claims (a reader compares a screenful, not a thousand cards): the
     * strongest links, disagreements first; the most disputed topics with their earliest stands. Each list
     * says how many it leaves out; every claim keeps its page.
     */
    static final int MAX_LINKS = 12;
    static final int MAX_GROUPS = 6;
    static final int MAX_ROWS = 4;
    static final int MAX_UNFRAMED = 10;
    static final int MAX_VERDICT_PARTIES = 6;
    /** Actors and sources named in the header, at most. */
    static final int MAX_NAMES = 30;

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

    /** The whole story on one page (its claims as loaded with it): fixtures and tools. */
    public static StoryComparison of(StoryEntity story, List<ClaimLinkEntity> links) {
        List<Long> ids = story.claims.stream().map(c -> c.id).toList();
        return of(story, List.copyOf(story.claims), links, new Slice<>(ids, ids.size(), null, null),
                List.copyOf(story.actors), List.copyOf(story.sources));
    }

    /**
     * A page of the story: these claims (the page's, in any order) and the links among them; actors and
     * sources as read, at most {@link #MAX_NAMES} + 1 (the extra one only says there are more).
     */
    public static StoryComparison of(StoryEntity story, List<ClaimEntity> pageClaims, List<ClaimLinkEntity> links, Slice<Long> page,
                                     List<String> actors, List<String> sources) {
        Map<Long, List<Range>> evidenceByClaim = new HashMap<>();
        for (ClaimLinkEntity link : links) {
            for (EvidenceEmbeddable e : link.evidence) {
                long claimId = e.onFromSide() ? link.fromClaim.id : link.toClaim.id;
                evidenceByClaim.computeIfAbsent(claimId, k -> new ArrayList<>()).add(new Range(e.startOffset, e.endOffset, "evidence"));
            }
        }
        // The claims come from a set read without order: by id, so that equal dates keep one order and
        // the same corpus renders the same page (and the same entity tag) after a restart.
        List<ClaimEntity> claims = pageClaims.stream().sorted(Comparator.comparingLong((ClaimEntity c) -> c.id)).toList();
        Map<Long, ClaimCard> cards = new LinkedHashMap<>();
        for (ClaimEntity c : claims) {
            List<Range> ranges = new ArrayList<>(evidenceByClaim.getOrDefault(c.id, List.of()));
            ranges.addAll(ClaimCard.propositionEvidence(c));
            cards.put(c.id, ClaimCard.of(c, ranges));
        }

        Map<String, List<GroupRow>> rowsByTopic = new LinkedHashMap<>();
        Map<String, PropositionEmbeddable> firstOfTopic = new HashMap<>();
        // Each topic's shortest object wording, found in the same pass (the topic key is worked out once per proposition).
        Map<String, String> shortestObject = new HashMap<>();
        List<ClaimCard> unframed = new ArrayList<>();
        for (ClaimEntity c : claims) {
            boolean framed = false;
            for (PropositionEmbeddable p : c.propositions) {
                if (p.predicate == null || p.predicate.isBlank()) {
                    continue;
                }
                String topic = topicKey(p);
                firstOfTopic.putIfAbsent(topic, p);
                if (p.object != null && !p.object.isBlank()) {
                    shortestObject.merge(topic, p.object, (a, b) -> b.length() < a.length() ? b : a);
                }
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
            groups.add(new PropositionGroup(firstOfTopic.get(topic).predicate, shortestObject.get(topic),
                    List.copyOf(rows.subList(0, Math.min(rows.size(), MAX_ROWS))), Math.max(0, rows.size() - MAX_ROWS),
                    verdicts(rows, false), verdicts(rows, true)));
        });
        // Disputed groups first: they are what a reader comes to compare; then the most reported.
        groups.sort(Comparator.comparing(PropositionGroup::disputed).reversed()
                .thenComparing(g -> -(g.rows().size() + g.rowsNotShown())));
        List<PropositionGroup> shownGroups = List.copyOf(groups.subList(0, Math.min(groups.size(), MAX_GROUPS)));

        List<LinkPair> pairs = links.stream()
                .sorted(Comparator.comparing((ClaimLinkEntity l) -> "agree".equals(l.relation))
                        .thenComparing(l -> -l.confidence).thenComparing(l -> l.id))
                .limit(MAX_LINKS)
                .map(l -> new LinkPair(l.relation, l.confidence, l.reason,
                        ClaimCard.of(l.fromClaim, side(l, true)), ClaimCard.of(l.toClaim, side(l, false)), l.reasonEnglish,
                        l.confirmedBy))
                .toList();
        List<ClaimCard> timeline = cards.values().stream()
                .sorted(Comparator.comparing(ClaimCard::date, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(ClaimCard::id))
                .toList();
        boolean moreNames = actors.size() > MAX_NAMES || sources.size() > MAX_NAMES;
        return new StoryComparison(story.id, story.title, story.firstDate, story.lastDate,
                List.copyOf(actors.subList(0, Math.min(actors.size(), MAX_NAMES))),
                List.copyOf(sources.subList(0, Math.min(sources.size(), MAX_NAMES))), moreNames,
                shownGroups, List.copyOf(unframed.subList(0, Math.min(unframed.size(), MAX_UNFRAMED))),
                pairs, links.size() - pairs.size(), timeline, page, StoryReports.of(claims, links));
    }

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");

    /**
     * Predicate plus the light stem of the object's first word: "الاتفاق" and "اتفاق وقف إطلاق النار" are
     * both about the agreement when the predicate is the same.
     */
    static String topicKey(PropositionEmbeddable p) {
        String object = p.object == null ? "" : PUNCTUATION.matcher(ArabicFolding.fold(p.object)).replaceAll(" ").trim();
        String head = object.isEmpty() ? "" : ArabicFolding.stem(object.split("\\s+")[0]);
        return p.predicate + "|" + head;
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

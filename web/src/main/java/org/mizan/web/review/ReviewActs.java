package org.mizan.web.review;

import static org.mizan.web.Columns.clip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mizan.web.admin.AuditEntryEntity.Action;
import org.mizan.web.admin.AuditLog;
import org.mizan.web.article.ArticleService.ClaimsRetired;
import org.mizan.web.article.CorpusVersion;
import org.mizan.web.article.SingleWriter;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.error.BadInputException;
import org.mizan.web.link.ClaimLinkEntity;
import org.mizan.web.link.CorpusLinker;
import org.mizan.web.search.SearchFollower;
import org.mizan.web.security.WebAddress;
import org.mizan.web.speaker.SpeakerDirectory;
import org.mizan.web.speaker.SpeakerEntity;
import org.mizan.web.speaker.SpeakerMerge;
import org.mizan.web.story.CorpusChanged;
import org.mizan.web.story.StoryEntity;

/**
 * An editor's acts on the corpus: rate a claim, confirm or reject a link, correct a claim's speaker, merge
 * two speakers or split one, rename a story. Each runs as a corpus write ({@link SingleWriter}: linking and
 * clustering never see half of it), with its audit entry (who, what, before, after) in the same
 * transaction; bad input is refused (404 for what does not exist, 422 for the rest) before anything changes.
 */
@ApplicationScoped
public class ReviewActs {

    static final int MAX_SOURCES = 10;

    /** A claim's review as the API shows it. */
    public record ReviewView(long claimId, String rating, int ratingValue, int bestRating, int worstRating, String ratingName,
                             String explanation, List<String> sources, String reviewer, Instant reviewedAt) {
        public static ReviewView of(ClaimReviewEntity r) {
            ReviewRating rating = r.ratingKind();
            return new ReviewView(r.claim.id, rating.wire(), rating.value, ReviewRating.BEST, ReviewRating.WORST, rating.arabic,
                    r.explanation, r.sourceList(), r.reviewer, r.reviewedAt);
        }
    }

    /** What an act changed: its target ("claim 12"), the value before and after. */
    public record Change(String target, String before, String after) {
    }

    @Inject
    SingleWriter single;
    @Inject
    AuditLog audit;
    @Inject
    CorpusLinker linker;
    @Inject
    CorpusVersion version;
    @Inject
    SearchFollower search;
    @Inject
    SpeakerDirectory speakers;
    @Inject
    SpeakerMerge speakerMerge;
    @Inject
    Event<CorpusChanged> changed;

    /** Rates a claim (replacing an earlier review), with why and the sources (http(s) addresses) it rests on. */
    public ReviewView rate(long claimId, String rating, String explanation, String sources, String actor) {
        ReviewRating verdict = ReviewRating.parse(rating).orElseThrow(() -> invalid("bad rating",
                "rating is one of false, misleading, mixed, mostly-true, true (or 1 to 5)."));
        String why = required(explanation, "explanation", 4000);
        List<String> links = sources(sources);
        return write(() -> {
            ClaimEntity claim = claim(claimId);
            ClaimReviewEntity review = ClaimReviewEntity.of(claimId).orElseGet(ClaimReviewEntity::new);
            String before = review.isPersistent() ? summary(review) : null;
            review.claim = claim;
            review.rating = verdict.value;
            review.explanation = why;
            review.sources = links.isEmpty() ? null : String.join("\n", links);
            review.reviewer = clip(actor, 100);
            review.reviewedAt = Instant.now();
            review.persist();
            audit.recordChange(actor, Action.RATE, "claim " + claimId, before, summary(review), claim.article.id, claim.article.title);
            return ReviewView.of(review);
        });
    }

    /** "confirm" marks the link as a person's; "reject" hides it and keeps linking from making it again. */
    public Change decideLink(long linkId, String decision, String actor) {
        String d = decision == null ? "" : decision.strip().toLowerCase(Locale.ROOT);
        if (!d.equals("confirm") && !d.equals("reject")) {
            throw invalid("bad decision", "decision is confirm or reject.");
        }
        boolean confirm = d.equals("confirm");
        return write(() -> {
            ClaimLinkEntity link = ClaimLinkEntity.<ClaimLinkEntity>findByIdOptional(linkId).orElseThrow(NotFoundException::new);
            long from = link.fromClaim.id;
            long to = link.toClaim.id;
            String target = "link " + linkId + " (" + link.relation + ": claim " + from + " – claim " + to + ")";
            String before = link.confirmedBy == null ? "machine suggestion" : "confirmed by " + link.confirmedBy;
            LinkDecisionEntity decided = LinkDecisionEntity.of(from, to, link.relation).orElseGet(LinkDecisionEntity::new);
            decided.lowClaim = Math.min(from, to);
            decided.highClaim = Math.max(from, to);
            decided.relation = link.relation;
            decided.decision = confirm ? LinkDecisionEntity.CONFIRMED : LinkDecisionEntity.REJECTED;
            decided.decidedBy = clip(actor, 100);
            decided.decidedAt = Instant.now();
            decided.persist();
            if (confirm) {
                link.confirmedBy = decided.decidedBy;
            } else {
                link.delete();
            }
            ClaimEntity fromClaim = link.fromClaim;
            audit.recordChange(actor, confirm ? Action.LINK_CONFIRM : Action.LINK_REJECT, target, before, decided.decision,
                    fromClaim.article.id, fromClaim.article.title);
            return new Change(target, before, decided.decision);
        });
    }

    /** Sets the claim's speaker to a stored one; re-analysis keeps it. */
    public Change setSpeaker(long claimId, long speakerId, String actor) {
        return write(() -> {
            ClaimEntity claim = claim(claimId);
            SpeakerEntity speaker = speaker(speakerId);
            Change change = new Change("claim " + claimId, named(claim.speaker), named(speaker));
            moveClaims(List.of(claim), speaker, actor);
            audit.recordChange(actor, Action.SPEAKER_FIX, change.target(), change.before(), change.after(), claim.article.id,
                    claim.article.title);
            return change;
        });
    }

    /** One entity under two names: every claim of {@code fromId} goes to {@code intoId}, whose aliases take the other's; {@code fromId} goes. */
    public Change mergeSpeakers(long fromId, long intoId, String actor) {
        if (fromId == intoId) {
            throw invalid("same speaker", "A speaker is not merged into itself.");
        }
        return write(() -> {
            SpeakerEntity from = speaker(fromId);
            SpeakerEntity into = speaker(intoId);
            Change change = new Change("speaker " + fromId + " → speaker " + intoId, named(from), named(into));
            moveClaims(ClaimEntity.list("speaker", from), into, actor);
            speakerMerge.absorb(from, into);
            audit.recordChange(actor, Action.SPEAKER_MERGE, change.target(), change.before(), change.after(), null, null);
            return change;
        });
    }

    /** Two entities under one name: these claims of the speaker go to the speaker named {@code name} (made if new). */
    public Change splitSpeaker(long speakerId, List<Long> claimIds, String name, String actor) {
        String newName = required(name, "name", 500);
        if (claimIds == null || claimIds.isEmpty()) {
            throw invalid("no claims", "Choose the claims that belong to the other speaker.");
        }
        return write(() -> {
            SpeakerEntity from = speaker(speakerId);
            List<ClaimEntity> moving = new ArrayList<>();
            for (long id : new LinkedHashSet<>(claimIds)) {
                ClaimEntity c = claim(id);
                if (!c.speaker.id.equals(from.id)) {
                    throw invalid("not this speaker's claim", "Claim " + id + " is not attributed to speaker " + speakerId + ".");
                }
                moving.add(c);
            }
            SpeakerEntity into = speakers.named(newName, from.kind);
            if (into.id != null && into.id.equals(from.id)) {
                throw invalid("same speaker", "The new name is this speaker's own.");
            }
            Change change = new Change("speaker " + speakerId + ": claims " + claimIds, named(from), newName);
            moveClaims(moving, into, actor);
            audit.recordChange(actor, Action.SPEAKER_SPLIT, change.target(), change.before(), change.after(), null, null);
            return change;
        });
    }

    /** Gives a story a title an editor chose; re-clustering keeps it. */
    public Change renameStory(long storyId, String title, String actor) {
        String newTitle = required(title, "title", 1000);
        return write(() -> {
            StoryEntity story = StoryEntity.<StoryEntity>findByIdOptional(storyId).orElseThrow(NotFoundException::new);
            Change change = new Change("story " + storyId, story.title, newTitle);
            story.title = newTitle;
            story.titleSetBy = clip(actor, 100);
            audit.recordChange(actor, Action.STORY_RENAME, change.target(), change.before(), change.after(), null, null);
            return change;
        });
    }

    /** The leaving claims' reviews and link decisions go with them (the audit log keeps what they were). */
    void onRetired(@Observes ClaimsRetired event) {
        if (event.claimIds().isEmpty()) {
            return;
        }
        ClaimReviewEntity.delete("claim.id in ?1", event.claimIds());
        LinkDecisionEntity.delete("lowClaim in ?1 or highClaim in ?1", event.claimIds());
    }

    private void moveClaims(List<ClaimEntity> claims, SpeakerEntity to, String actor) {
        Set<Long> articles = new LinkedHashSet<>();
        for (ClaimEntity c : claims) {
            c.speaker = to;
            c.speakerSetBy = clip(actor, 100);
            articles.add(c.article.id);
        }
        articles.forEach(search::noteChanged);
    }

    /** Runs the act as a corpus write; readers' caches are dropped once it commits. */
    private <T> T write(Callable<T> act) {
        return single.write(() -> {
            T result = act.call();
            linker.expectVersion(version.bump());
            changed.fire(new CorpusChanged("review"));
            return result;
        });
    }

    private static ClaimEntity claim(long id) {
        return ClaimEntity.<ClaimEntity>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    private static SpeakerEntity speaker(long id) {
        return SpeakerEntity.<SpeakerEntity>findByIdOptional(id)
                .orElseThrow(() -> invalid("no such speaker", "There is no speaker " + id + "."));
    }

    private static String named(SpeakerEntity s) {
        return s.name + " (speaker " + s.id + ")";
    }

    private static String summary(ClaimReviewEntity r) {
        return r.ratingKind().wire() + ": " + r.explanation + (r.sources == null ? "" : " [" + r.sources.replace('\n', ' ') + "]");
    }

    private static String required(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw invalid("bad " + field, field + " is required, at most " + max + " characters.");
        }
        return v;
    }

    /** The sources: http(s) addresses, one per line (or separated by spaces), at most {@link #MAX_SOURCES}. */
    static List<String> sources(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String s : text.strip().split("\\s+")) {
            if (s.isEmpty()) {
                continue;
            }
            if (!WebAddress.isWeb(s) || s.length() > 1000) {
                throw invalid("bad source", "Each source is an http or https address: " + clip(s, 100));
            }
            out.add(s);
        }
        if (out.size() > MAX_SOURCES || String.join("\n", out).length() > 4000) {
            throw invalid("too many sources", "At most " + MAX_SOURCES + " sources.");
        }
        return out;
    }

    private static BadInputException invalid(String error, String detail) {
        return new BadInputException(422, error, detail);
    }
}

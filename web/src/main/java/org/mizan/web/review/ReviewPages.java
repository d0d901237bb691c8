package org.mizan.web.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.link.ClaimLinkEntity;
import org.mizan.web.link.LinkService;
import org.mizan.web.story.StoryService;

/** What the editor's review page of one claim shows, read in one transaction. */
@ApplicationScoped
public class ReviewPages {

    /** Most of the speaker's claims listed for a split; the rest are moved from their own pages. */
    static final int SPLIT_CHOICES = 100;

    public record ReviewPage(long claimId, String claimText, long articleId, String articleTitle, long speakerId,
                             String speakerName, String speakerSetBy, ReviewActs.ReviewView review, List<LinkRow> links,
                             List<ClaimRow> speakerClaims, List<StoryRow> stories) {
    }

    /** A link of the claim; {@code confirmedBy} null for a machine suggestion. */
    public record LinkRow(long id, String relation, long otherId, String otherText, String otherSpeaker, String reason,
                          String confirmedBy) {
    }

    public record ClaimRow(long id, String text, boolean current) {
    }

    public record StoryRow(long id, String title, String titleSetBy) {
    }

    @Inject
    LinkService links;
    @Inject
    StoryService stories;

    @Transactional
    public Optional<ReviewPage> page(long claimId) {
        return ClaimEntity.<ClaimEntity>findByIdOptional(claimId).map(c -> {
            List<LinkRow> linkRows = links.linksOf(claimId).stream().map(l -> row(l, c)).toList();
            List<ClaimRow> speakerClaims = ClaimEntity.<ClaimEntity>find("speaker = ?1 order by id", c.speaker)
                    .page(0, SPLIT_CHOICES).list().stream().map(o -> new ClaimRow(o.id, o.contentText, o.id.equals(c.id))).toList();
            List<StoryRow> storyRows = stories.storiesOf(claimId).stream().map(s -> new StoryRow(s.id, s.title, s.titleSetBy)).toList();
            return new ReviewPage(c.id, c.contentText, c.article.id, c.article.title, c.speaker.id, c.speaker.name, c.speakerSetBy,
                    ClaimReviewEntity.of(claimId).map(ReviewActs.ReviewView::of).orElse(null), linkRows, speakerClaims, storyRows);
        });
    }

    private static LinkRow row(ClaimLinkEntity l, ClaimEntity here) {
        ClaimEntity other = l.other(here.id);
        return new LinkRow(l.id, l.relation, other.id, other.contentText, other.speaker.name, l.reason, l.confirmedBy);
    }
}

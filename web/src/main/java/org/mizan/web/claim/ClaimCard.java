package org.mizan.web.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mizan.web.claim.ClaimViews.PropositionView;
import org.mizan.web.claim.MarkedText.Piece;
import org.mizan.web.claim.MarkedText.Range;

/**
 * A claim as pages show it, read out of its entities inside a transaction: who, when, where, what, with
 * the content cut into runs so the given evidence words are marked.
 */
public record ClaimCard(long id, String content, List<Piece> pieces, long speakerId, String speakerName,
                        String speakerRole, String cue, LocalDate statedOn, String statedOnText, String statedOnSource,
                        String polarity, long articleId, String articleTitle, String outlet, String url,
                        LocalDate publishedOn, List<PropositionView> propositions) {

    /** The card with the given article-text ranges marked as evidence inside the content. */
    public static ClaimCard of(ClaimEntity c, List<Range> evidence) {
        return new ClaimCard(c.id, c.contentText, MarkedText.of(c.contentText, c.contentStart, evidence),
                c.speaker.id, c.speaker.name, c.speakerRole, c.cueText, c.statedOn, c.statedOnText, c.statedOnSource,
                c.polarity, c.article.id, c.article.title, c.article.outlet, c.article.url, c.article.publishedOn,
                c.propositions.stream().map(PropositionView::of).toList());
    }

    /** The card with the claim's own proposition evidence marked. */
    public static ClaimCard of(ClaimEntity c) {
        return of(c, propositionEvidence(c));
    }

    public static List<Range> propositionEvidence(ClaimEntity c) {
        List<Range> ranges = new ArrayList<>();
        for (PropositionEmbeddable p : c.propositions) {
            if (p.evidenceStart != null && p.evidenceEnd != null) {
                ranges.add(new Range(p.evidenceStart, p.evidenceEnd, "evidence"));
            }
        }
        return ranges;
    }

    /** The date the statement was made, else the article's publication date: what timelines sort by. */
    public LocalDate date() {
        return statedOn != null ? statedOn : publishedOn;
    }

    /** The article's address if it is a web address; anything else ("javascript:") is never made a link. */
    public String safeUrl() {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    public boolean negated() {
        return "negated".equals(polarity);
    }
}

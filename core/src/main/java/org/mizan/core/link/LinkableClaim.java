package org.mizan.core.link;

import org.mizan.core.Claim;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored (or about to be stored) claim as the linker sees it.
 *
 * @param claimId   the claim's id in the store (a database id as a string); unique across the corpus
 * @param articleId the article it comes from
 * @param outlet    the article's outlet, or null
 * @param date      the date that places it in time: when it was stated, else when it was published;
 *                  null when neither is known (such a claim is linked only inside its own article)
 */
public record LinkableClaim(String claimId, String articleId, String outlet, LocalDate date, Claim claim) {

    public LinkableClaim {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(claim, "claim");
    }

    /** Dates the claim by its statement date, falling back to the article's publication date. */
    public static LinkableClaim of(String claimId, String articleId, String outlet, LocalDate publishedOn, Claim claim) {
        LocalDate date = claim.statedOn() != null ? claim.statedOn() : publishedOn;
        return new LinkableClaim(claimId, articleId, outlet, date, claim);
    }
}

package org.mizan.web.review;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mizan.web.claim.ClaimEntity;

/**
 * An editor's review of one claim: the rating, why, and the sources it rests on. One per claim (a new
 * review replaces the old, the audit log keeps both); it stays while re-analysis keeps the claim.
 */
@Entity
@Table(name = "claim_review")
public class ClaimReviewEntity extends PanacheEntity {

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    public ClaimEntity claim;
    /** {@link ReviewRating#value}. */
    public int rating;
    @Column(nullable = false, length = 4000)
    public String explanation;
    /** The sources' addresses, one per line. */
    @Column(length = 4000)
    public String sources;
    @Column(nullable = false, length = 100)
    public String reviewer;
    @Column(nullable = false)
    public Instant reviewedAt;

    public LocalDate reviewedOn() {
        return reviewedAt.atZone(ZoneOffset.UTC).toLocalDate();
    }

    public ReviewRating ratingKind() {
        return ReviewRating.of(rating);
    }

    public List<String> sourceList() {
        return sources == null || sources.isBlank() ? List.of() : Arrays.stream(sources.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    public static Optional<ClaimReviewEntity> of(long claimId) {
        return find("claim.id", claimId).firstResultOptional();
    }
}

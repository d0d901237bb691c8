package org.mizan.web.review;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An editor's decision on the link of two claims in one relation, kept by claim ids rather than by link row:
 * linking (re-linking, re-analysis) makes link rows again, and the decision must outlive them. The pair is
 * stored lower id first, so the direction the linker compared them in does not matter.
 */
@Entity
@Table(name = "link_decision")
public class LinkDecisionEntity extends PanacheEntity {

    public static final String CONFIRMED = "confirmed";
    public static final String REJECTED = "rejected";

    @Column(nullable = false)
    public long lowClaim;
    @Column(nullable = false)
    public long highClaim;
    @Column(nullable = false, length = 16)
    public String relation;
    @Column(nullable = false, length = 16)
    public String decision;
    @Column(nullable = false, length = 100)
    public String decidedBy;
    @Column(nullable = false)
    public Instant decidedAt;

    /** The decisions on links that touch any of these claims, by {@link #key}. */
    public static Map<String, LinkDecisionEntity> touching(Collection<Long> claimIds) {
        Map<String, LinkDecisionEntity> out = new HashMap<>();
        if (!claimIds.isEmpty()) {
            LinkDecisionEntity.<LinkDecisionEntity>list("lowClaim in ?1 or highClaim in ?1", claimIds)
                    .forEach(d -> out.put(key(d.lowClaim, d.highClaim, d.relation), d));
        }
        return out;
    }

    /** One pair and relation, whichever way round. */
    public static String key(long a, long b, String relation) {
        return Math.min(a, b) + " " + Math.max(a, b) + " " + relation;
    }

    public static Optional<LinkDecisionEntity> of(long a, long b, String relation) {
        return find("lowClaim = ?1 and highClaim = ?2 and relation = ?3", Math.min(a, b), Math.max(a, b), relation)
                .firstResultOptional();
    }
}

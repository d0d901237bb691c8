package org.mizan.web.link;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mizan.web.claim.ClaimEntity;

/**
 * How two stored claims relate, as the linker judged it: agree, conflict or contrast (unrelated pairs are
 * not stored). Directed only in that "from" is the claim the linker compared first; readers see a link
 * from both ends. One row per pair and relation: a pair may both contrast and agree (on different
 * propositions).
 */
@Entity
@Table(name = "claim_link",
        indexes = {@Index(name = "claim_link_from", columnList = "fromClaim_id"),
                @Index(name = "claim_link_to", columnList = "toClaim_id")},
        uniqueConstraints = @UniqueConstraint(name = "claim_link_pair", columnNames = {"fromClaim_id", "toClaim_id", "relation"}))
public class ClaimLinkEntity extends PanacheEntity {

    public static final List<String> RELATIONS = List.of("agree", "conflict", "contrast");

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public ClaimEntity fromClaim;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    public ClaimEntity toClaim;

    /** agree | conflict | contrast (the wire names of org.mizan.core.link.Relation). */
    @Column(length = 16, nullable = false)
    public String relation;
    public double confidence;
    /** The linker's explanation, for readers. */
    @Column(length = 2000)
    public String reason;
    /** The same in English; null for links stored before it was written, and for links recorded by hand. */
    @Column(length = 2000)
    public String reasonEnglish;

    @ElementCollection
    @CollectionTable(name = "claim_link_evidence")
    @OrderColumn(name = "position")
    public List<EvidenceEmbeddable> evidence = new ArrayList<>();

    @Column(nullable = false)
    public Instant linkedAt;

    /** The editor who confirmed the link (web.review), null for a machine suggestion. */
    @Column(length = 100)
    public String confirmedBy;

    /** The claim at the other end, seen from {@code claimId}. */
    public ClaimEntity other(long claimId) {
        return fromClaim.id == claimId ? toClaim : fromClaim;
    }

    /** The evidence that lies in the given claim of this link. */
    public List<EvidenceEmbeddable> evidenceIn(ClaimEntity claim) {
        boolean from = claim.id.equals(fromClaim.id);
        return evidence.stream().filter(e -> e.onFromSide() == from).toList();
    }
}

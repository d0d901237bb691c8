package org.mizan.web.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A claim that re-analysis of its article no longer found: its address leads to the article (see
 * {@link StableClaims}). Removed with the article.
 */
@Entity
@Table(name = "claim_redirect")
public class ClaimRedirectEntity extends PanacheEntityBase {

    @Id
    public Long claimId;
    public long articleId;
}

package org.mizan.core.link;

import java.util.List;
import java.util.Set;

/**
 * A linkable claim with its propositions resolved once, when it enters the index.
 *
 * @param keys          the index keys it is filed under ({@link LinkIndex#keys})
 * @param articleActors blocking keys of every actor its article mentions (speakers and subjects): the
 *                      shared context that lets two articles' claims about different actors CONTRAST
 */
public record ResolvedClaim(LinkableClaim claim, List<ResolvedProposition> propositions, Set<String> articleActors,
                            Set<String> keys) {

    public ResolvedClaim {
        propositions = List.copyOf(propositions);
        keys = Set.copyOf(keys);
    }

    public ResolvedClaim(LinkableClaim claim, List<ResolvedProposition> propositions, Set<String> articleActors) {
        this(claim, propositions, articleActors, LinkIndex.keys(propositions));
    }

    /** Identity is the claim id: hashing the whole record would hash the whole claim. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ResolvedClaim r && r.id().equals(id());
    }

    @Override
    public int hashCode() {
        return id().hashCode();
    }

    public String id() {
        return claim.claimId();
    }

    public String articleId() {
        return claim.articleId();
    }
}

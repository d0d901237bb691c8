package org.mizan.core.link;

import java.util.List;
import java.util.Set;

/**
 * A linkable claim with its propositions resolved once, when it enters the index.
 *
 * @param articleActors blocking keys of every actor its article mentions (speakers and subjects): the
 *                      shared context that lets two articles' claims about different actors CONTRAST
 */
public record ResolvedClaim(LinkableClaim claim, List<ResolvedProposition> propositions, Set<String> articleActors) {

    public ResolvedClaim {
        propositions = List.copyOf(propositions);
    }

    public String id() {
        return claim.claimId();
    }

    public String articleId() {
        return claim.articleId();
    }
}

package org.mizan.core.link;

import org.mizan.core.identity.ActorRef;

import java.util.List;
import java.util.Set;

/**
 * A linkable claim with its propositions resolved once, when it enters the index.
 *
 * @param keys          the index keys it is filed under ({@link LinkIndex#keys}): topic and stance
 * @param lookups       the index keys its candidates are looked up under, each with its cap
 * @param topics        its keys without the stance: what two claims about one topic share
 * @param articleActors blocking keys of every actor its article mentions (speakers and subjects): the
 *                      shared context that lets two articles' claims about different actors CONTRAST
 * @param speaker       the speaker resolved as a party (a named person or organisation), or null when the
 *                      claim is anonymous or its source is not a party: such a claim is one report only
 *                      with itself
 */
public record ResolvedClaim(LinkableClaim claim, List<ResolvedProposition> propositions, Set<String> articleActors,
                            ActorRef speaker, Set<String> keys, List<LinkIndex.Lookup> lookups, Set<String> topics) {

    public ResolvedClaim {
        propositions = List.copyOf(propositions);
        keys = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(keys));
        lookups = List.copyOf(lookups);
        topics = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(topics));
    }

    public ResolvedClaim(LinkableClaim claim, List<ResolvedProposition> propositions, Set<String> articleActors,
                         ActorRef speaker, Set<String> speakerKeys) {
        this(claim, propositions, articleActors, speaker, LinkIndex.keys(propositions, speakerKeys),
                LinkIndex.lookups(propositions, speakerKeys), LinkIndex.topics(propositions));
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

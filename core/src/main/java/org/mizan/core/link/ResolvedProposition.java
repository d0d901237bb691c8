package org.mizan.core.link;

import org.mizan.core.identity.ActorRef;
import org.mizan.core.semantics.PredicateLexicon;

import org.mizan.core.Modality;
import org.mizan.core.Proposition;

import java.util.Set;

/**
 * A proposition with its predicate placed in a family, its subject and object resolved, and its
 * stance: +1 when it answers the family's question yes, -1 when no, 0 when it answers nothing (a
 * negated contrary: "did not fall" says nothing about rising).
 */
public record ResolvedProposition(Proposition source, PredicateLexicon.Entry predicate, int stance,
                                  ActorRef subject, Set<String> subjectKeys, ObjectRef object) {

    public ResolvedProposition {
        subjectKeys = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(subjectKeys));
    }

    public String family() {
        return predicate.family();
    }

    public Modality modality() {
        return source.modality() == null ? Modality.ASSERTED : source.modality();
    }
}

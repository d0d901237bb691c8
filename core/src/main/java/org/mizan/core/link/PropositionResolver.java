package org.mizan.core.link;

import org.mizan.core.identity.ActorRef;
import org.mizan.core.identity.ActorRelation;
import org.mizan.core.identity.ActorResolver;
import org.mizan.core.identity.Identities;
import org.mizan.core.identity.RealParty;
import org.mizan.core.semantics.PredicateLexicon;

import org.mizan.core.Modality;
import org.mizan.core.Polarity;
import org.mizan.core.Proposition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns a claim's propositions into {@link ResolvedProposition}s: family, stance, actor and object keys. */
public final class PropositionResolver {

    private final ActorResolver actors;
    private final Identities identities;
    private final ObjectResolver objects;
    private final PredicateLexicon predicates;

    public PropositionResolver(ActorResolver actors, ObjectResolver objects, PredicateLexicon predicates) {
        this.actors = actors;
        this.identities = new Identities(actors);
        this.objects = objects;
        this.predicates = predicates;
    }

    public static PropositionResolver standard() {
        return new PropositionResolver(ActorResolver.standard(), ObjectResolver.standard(), PredicateLexicon.standard());
    }

    public ActorResolver actors() {
        return actors;
    }

    public PredicateLexicon predicates() {
        return predicates;
    }

    /** The claim resolved; {@code articleActors} is its article's shared actor-key set (may be empty). */
    public ResolvedClaim resolve(LinkableClaim claim, Set<String> articleActors) {
        List<ResolvedProposition> out = new ArrayList<>();
        for (Proposition p : claim.claim().propositions()) {
            ResolvedProposition r = resolve(p, ownStep(p, claim.claim().speaker()));
            if (r != null) {
                out.add(r);
            }
        }
        ActorRef speaker = speaker(claim.claim().speaker());
        Set<String> reportKeys = actors.identityKeys(speaker);
        if (claim.claim().content() != null) {
            reportKeys.addAll(ReportKeys.of(claim.claim().content().text(), new java.util.LinkedHashSet<>(reportKeys)));
        }
        return new ResolvedClaim(claim, out, articleActors, speaker, reportKeys);
    }

    /**
     * How the speakers of two claims relate: as their names relate ({@link ActorResolver#relate}), but
     * never one party when the identity service keeps them apart (another nationality or role).
     */
    public ActorRelation speakers(ResolvedClaim a, ResolvedClaim b) {
        ActorRelation r = actors.relate(a.speaker(), b.speaker()).relation();
        if (r != ActorRelation.SAME && r != ActorRelation.REPRESENTS) {
            return r;
        }
        org.mizan.core.Speaker x = a.claim().claim().speaker();
        org.mizan.core.Speaker y = b.claim().claim().speaker();
        if (x == null || y == null) {
            return r;
        }
        return identities.apart(identity(x), identity(y)) ? ActorRelation.DISTINCT : r;
    }

    private Identities.Identity identity(org.mizan.core.Speaker s) {
        return identities.of(s.name(), s.kind(), s.role() == null ? List.of() : List.of(s.role()));
    }

    /** The speaker as a party: a named person or organisation; null for anonymous and other sources. */
    public ActorRef speaker(org.mizan.core.Speaker speaker) {
        if (speaker == null || speaker.name() == null
                || speaker.kind() != org.mizan.core.SpeakerKind.PERSON && speaker.kind() != org.mizan.core.SpeakerKind.ORGANIZATION
                || !RealParty.names(speaker.name())) {
            return null;
        }
        return actors.resolve(speaker.name());
    }

    /**
     * Whether the proposition is the speaker's own intended step: the extractor read an intention
     * ("خطوة … تهدف إلى", "نسعى إلى") whose agent is the speaker himself. Such an act may be named by
     * its verbal noun ("the step of signing aims to…" backs the signing) — a noun otherwise asserts nothing.
     */
    private boolean ownStep(Proposition p, org.mizan.core.Speaker speaker) {
        if (p.modality() != Modality.INTENDED || speaker == null || speaker.name() == null || p.subject() == null) {
            return false;
        }
        ActorRef s = actors.resolve(speaker.name());
        ActorRef subject = actors.resolve(p.subject());
        return s != null && subject != null && actors.relate(s, subject).relation() == ActorRelation.SAME;
    }

    /** Null when the proposition cannot be compared: no predicate or no subject. */
    public ResolvedProposition resolve(Proposition p) {
        return resolve(p, false);
    }

    private ResolvedProposition resolve(Proposition p, boolean nounAllowed) {
        if (p.predicate() == null || p.predicate().isBlank()) {
            return null;
        }
        if (!RealParty.names(p.subject()) || !nounAllowed && RealParty.nounPredicate(p.evidence(), p.predicate())) {
            return null;
        }
        ActorRef subject = actors.resolve(p.subject());
        if (subject == null) {
            return null;
        }
        PredicateLexicon.Entry entry = predicates.entry(p.predicate());
        boolean affirmed = p.polarity() != Polarity.NEGATED;
        int stance = switch (entry.sense()) {
            case POSITIVE -> affirmed ? 1 : -1;
            case NEGATIVE -> affirmed ? -1 : 1;
            case CONTRARY -> affirmed ? -1 : 0;
        };
        return new ResolvedProposition(p, entry, stance, subject, actors.blockingKeys(subject),
                objects.resolve(p.object(), entry.defaultClass()));
    }
}

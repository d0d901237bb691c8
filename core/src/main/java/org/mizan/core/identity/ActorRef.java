package org.mizan.core.identity;

import java.util.List;

/**
 * An actor mention resolved for linking: its folded key tokens (titles stripped), what kind of
 * mention it is, and the actor it points at (the person a government is led by, the leader whose
 * forces these are) or, for a group, its members.
 *
 * @param mention the mention as written in the proposition, for display
 * @param tokens  folded key tokens, ال dropped, titles stripped
 * @param head    for {@link Kind#LED_BY} and {@link Kind#FORCES_OF}: the actor named after the head noun
 * @param members for {@link Kind#GROUP}: the members, empty when they are not known
 */
public record ActorRef(String mention, Kind kind, List<String> tokens, ActorRef head, List<ActorRef> members) {

    public enum Kind {
        /** A person's name, or any mention we cannot tell apart from one. */
        NAME,
        /** A ministry, army, party, agency, …, named for itself. */
        ORGANIZATION,
        /** A body acting for a person ("حكومة فايز السراج"). */
        LED_BY,
        /** Armed forces or followers of an actor ("قوات حفتر"): associated with it, not the same actor. */
        FORCES_OF,
        /** Several parties at once ("طرفا النزاع الليبي"); a claim about it covers each member. */
        GROUP
    }

    public ActorRef {
        tokens = List.copyOf(tokens);
        members = List.copyOf(members);
    }

    public String key() {
        return String.join(" ", tokens);
    }
}

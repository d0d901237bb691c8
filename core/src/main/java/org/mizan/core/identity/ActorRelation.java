package org.mizan.core.identity;

/** How two actor mentions relate, as far as agreeing or conflicting claims about them go. */
public enum ActorRelation {
    /** One actor: the same key, a surname against the full name, an organisation and its short name. */
    SAME,
    /** One acts for the other: a government and the person it is led by. Counts as the same party. */
    REPRESENTS,
    /** One is a group and the other one of its members: a claim about the group covers the member. */
    MEMBER,
    /** Associated but different actors: a leader and his forces. Never the same subject. */
    ASSOCIATED,
    /** Different actors, or nothing known that ties them. */
    DISTINCT
}

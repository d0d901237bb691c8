package org.mizan.core.semantics;

import org.mizan.core.Span;

/**
 * A negator in a text and the clause it governs.
 *
 * @param cue        the negating words ("لن", "دون", "نفى")
 * @param kind       particle, privative or reversal verb
 * @param scope      from the negator to the end of its clause
 * @param cueToken   index of the negator's first token
 * @param scopeEnd   index of the token after the scope
 */
public record Negator(Span cue, Kind kind, Span scope, int cueToken, int scopeEnd) {

    public enum Kind {
        /** لم، لن، لا، ليس، ما: negate the verb or predicate that follows. */
        PARTICLE,
        /** غير، عدم، دون، بدون، بلا: negate the noun, adjective or verbal noun they govern. */
        PRIVATIVE,
        /** نفى، رفض، تراجع عن، فشل في، امتنع عن: assert that the complement did not or will not hold. */
        REVERSAL
    }
}

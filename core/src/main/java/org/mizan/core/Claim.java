package org.mizan.core;

import java.time.LocalDate;
import java.util.List;

/**
 * An attributed statement: someone ({@link Speaker}) said something (content) at some time.
 *
 * @param id             stable within its analysis ("c1", "c2", …)
 * @param cue            the reporting verb or phrase ("وقال", "وفقا لما أوردته", "مؤكدا")
 * @param content        what was said, to the end of the reported clause
 * @param statedOn       the date of the act of saying, or null
 * @param statedOnText   the expression that dates it, null unless {@code statedOnSource} is EXPLICIT
 * @param polarity       NEGATED when the content (or the cue, as with نفى) denies its main proposition
 */
public record Claim(String id, Span cue, Speaker speaker, Span content, LocalDate statedOn,
                    String statedOnText, DateSource statedOnSource, Polarity polarity,
                    List<Proposition> propositions) {

    public Claim {
        propositions = List.copyOf(propositions);
    }
}

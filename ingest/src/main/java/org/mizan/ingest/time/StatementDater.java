package org.mizan.ingest.time;

import java.time.LocalDate;
import java.util.List;
import org.mizan.core.Span;
import org.mizan.core.TimeExpression;

/**
 * Decides the date of the act of saying: the time expression that modifies the reporting verb (in the
 * cue's clause, outside the reported content), kept apart from dates inside the content.
 */
public final class StatementDater {

    public StatementDate date(String text, Span sentence, Span cue, Span content,
                              List<TimeExpression> timex, LocalDate published) {
        return StatementDate.unknown();
    }
}

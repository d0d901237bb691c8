package org.mizan.web.analyze;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.mizan.ingest.IngestPipeline;

/** One pipeline for the whole application: its lexicons load once and it is thread-safe. */
@ApplicationScoped
public class PipelineProducer {

    @Produces
    @ApplicationScoped
    IngestPipeline pipeline() {
        return IngestPipeline.standard();
    }
}

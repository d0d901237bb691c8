package org.mizan.web.error;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.IllegalProductException;
import org.jboss.logging.Logger;

/**
 * Failures of work nobody waits for any more. A reader who closes the connection while a page renders on a
 * worker thread ends the request, so the render fails for want of its request context (the page's language,
 * its labels) after the answer was cancelled: nothing is lost and nobody is answered wrong. Those are noted
 * at DEBUG; any other dropped failure is still an ERROR.
 */
@ApplicationScoped
public class DroppedFailures {

    private static final Logger LOG = Logger.getLogger(DroppedFailures.class);

    void install(@Observes StartupEvent start) {
        Infrastructure.setDroppedExceptionHandler(DroppedFailures::report);
    }

    static void report(Throwable failure) {
        if (clientLeft(failure)) {
            LOG.debug("a page's reader left before it was rendered", failure);
        } else {
            LOG.error("a failure after its request was answered or cancelled", failure);
        }
    }

    /**
     * Whether the failure comes from a request that ended before the work ran: its context is no longer
     * active, or the current HTTP request it asks for is gone (a request-scoped producer answering null).
     */
    static boolean clientLeft(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ContextNotActiveException || t instanceof IllegalProductException) {
                return true;
            }
        }
        return false;
    }
}

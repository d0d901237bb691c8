package org.mizan.web.article;

/**
 * Back-pressure: a write that could not begin in time ({@code mizan.write-max-wait}) or found the writer's
 * queue full ({@link SingleWriter#MAX_QUEUED}). Nothing of it was stored; the client is answered 503 with
 * {@code Retry-After} at once rather than kept waiting until the connection's idle timeout closes it.
 */
public class WriterBusyException extends RuntimeException {

    public WriterBusyException(String message) {
        super(message);
    }
}

package org.mizan.ingest;

/** Input the pipeline refuses to analyse, with a reason a user can act on. Maps to HTTP 4xx. */
public final class RejectedInputException extends RuntimeException {

    public enum Reason { EMPTY, TOO_LARGE, BINARY, NOT_TEXT }

    private final Reason reason;

    public RejectedInputException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package org.mizan.web.error;

/** A request the application refuses, with the HTTP status and a message the sender can act on. */
public class BadInputException extends RuntimeException {

    private final int status;
    private final String detail;

    public BadInputException(int status, String error, String detail) {
        super(error);
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }
}

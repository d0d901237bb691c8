package org.mizan.web.fetch;

import org.mizan.web.error.BadInputException;

/**
 * A fetch that did not give a page, with the status the API answers: the address is refused or malformed
 * (422), the site failed, timed out, sent too much or something else than a page (502).
 */
public class FetchException extends BadInputException {

    public FetchException(int status, String error, String detail) {
        super(status, error, detail);
    }

    static FetchException refused(String detail) {
        return new FetchException(422, "url refused", detail);
    }

    static FetchException upstream(String detail) {
        return new FetchException(502, "fetch failed", detail);
    }
}

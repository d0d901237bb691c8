package org.mizan.ingest.document;

import org.mizan.ingest.RejectedInputException;
import org.mizan.ingest.RejectedInputException.Reason;

/**
 * Refuses input that is not an article at all, before any other stage sees it: nothing but white space
 * (EMPTY), more than {@link #MAX_CHARS} characters (TOO_LARGE), or binary data decoded as text (BINARY:
 * a NUL character, or more than one character in {@value #MAX_BAD_SHARE_DENOMINATOR} being a control
 * character or the U+FFFD replacement character that decoders put for bytes they cannot read). Text
 * without a single Arabic letter passes: it is text, only not Arabic. One pass, no regular expression.
 */
public final class InputValidator {

    public static final int MAX_CHARS = 2_000_000;
    static final int MAX_BAD_SHARE_DENOMINATOR = 50;

    public void validate(String text) {
        if (text == null || text.isEmpty()) {
            throw new RejectedInputException(Reason.EMPTY, "the article text is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw new RejectedInputException(Reason.TOO_LARGE,
                    "the article has " + text.length() + " characters, more than " + MAX_CHARS);
        }
        boolean visible = false;
        long bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw new RejectedInputException(Reason.BINARY, "the article contains a NUL character: binary data, not text");
            }
            if (c == '\uFFFD' || Character.getType(c) == Character.CONTROL && !Lexicon.isSpace(c)) {
                bad++;
            } else if (!visible && !Lexicon.isSpace(c) && Character.getType(c) != Character.FORMAT) {
                visible = true;
            }
        }
        if (bad * MAX_BAD_SHARE_DENOMINATOR > text.length()) {
            throw new RejectedInputException(Reason.BINARY,
                    bad + " of " + text.length() + " characters are control or undecodable characters: binary data, not text");
        }
        if (!visible) {
            throw new RejectedInputException(Reason.EMPTY, "the article text has nothing but white space");
        }
    }
}

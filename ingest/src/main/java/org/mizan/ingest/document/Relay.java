package org.mizan.ingest.document;

/**
 * One link of an article's relay chain: who the text passed through before it reached the reader.
 *
 * @param role what the link did
 * @param name the name as the article writes it (an agency's usual name)
 * @param key  a stable key: the agency's (e.g. "reuters"), else the folded name
 */
public record Relay(Role role, String name, String key) {

    public enum Role {
        /** A wire service the text came from («رويترز», «أ ف ب», or «وكالات» for wires unnamed). */
        AGENCY,
        /** A newspaper or site that carried the text: the one it was taken from, and the publisher. */
        OUTLET,
        /** A translation: by whom, or from what. */
        TRANSLATION;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

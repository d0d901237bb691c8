package org.mizan.web.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which request paths Mizan answers at all. The security policy matches the raw path while Quarkus REST
 * routes a normalised one ({@code /admin;x/audit} matched no policy but reached the admin), so any path
 * that two readers could read differently is refused before either sees it: matrix parameters, encoded
 * ASCII (slashes, dots, percent signs, letters), backslashes, empty or dot segments, segments ending in a
 * dot, and the protected prefixes in another case. Mizan's own links never contain any of these.
 */
public final class PathRules {

    /** Prefixes whose case variants are refused rather than left to the router's case rules. */
    static final List<String> PROTECTED = List.of("/admin", "/api", "/j_security_check", "/login", "/logout");

    private PathRules() {
    }

    /** Why the raw path (as sent, not decoded) is refused, or empty when it is canonical. */
    public static Optional<String> problem(String raw) {
        if (raw == null || !raw.startsWith("/")) {
            return Optional.of("The path must start with a slash.");
        }
        if (raw.indexOf(';') >= 0) {
            return Optional.of("Paths take no matrix parameters (;).");
        }
        if (raw.indexOf('\\') >= 0) {
            return Optional.of("Paths contain no backslash.");
        }
        if (raw.contains("//")) {
            return Optional.of("Paths contain no empty segment (//).");
        }
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || !isHex(raw.charAt(i + 1)) || !isHex(raw.charAt(i + 2))) {
                return Optional.of("The path holds a broken percent-encoding.");
            }
            int code = Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16);
            if (code < 0x80 && aliases((char) code)) {
                return Optional.of("Letters, digits and . / \\ ; % - _ ~ are sent as they are, not percent-encoded.");
            }
        }
        for (String segment : raw.substring(1).split("/", -1)) {
            if (segment.endsWith(".")) {
                return Optional.of("No path segment is or ends with a dot.");
            }
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        for (String prefix : PROTECTED) {
            if (startsWithSegment(lower, prefix) && !startsWithSegment(raw, prefix)) {
                return Optional.of("Paths are lower case.");
            }
        }
        return Optional.empty();
    }

    /**
     * An ASCII character that, percent-encoded, would spell a path another way (%61dmin, %2e%2e, %2F):
     * these must come as they are. Others that a URL must encode (a space in an outlet's name) may.
     */
    private static boolean aliases(char c) {
        return c < 0x20 || c == 0x7f || Character.isLetterOrDigit(c) || "./\\;%-_~".indexOf(c) >= 0;
    }

    /** Why the raw query is refused (a broken percent-encoding, which would fail deep in the router), or empty. */
    public static Optional<String> queryProblem(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || !isHex(raw.charAt(i + 1)) || !isHex(raw.charAt(i + 2))) {
                return Optional.of("The query holds a broken percent-encoding.");
            }
        }
        return Optional.empty();
    }

    /** Whether {@code path} is {@code prefix} or lies under it (not merely shares its letters). */
    static boolean startsWithSegment(String path, String prefix) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}

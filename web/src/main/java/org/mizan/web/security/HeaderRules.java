package org.mizan.web.security;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Content negotiation headers as HTTP defines them (RFC 9110 §12.5). Quarkus REST and the language
 * choice parse {@code Accept} and {@code Accept-Language} deep inside a request and failed with a 500 on a
 * malformed {@code q=}; checked here first, a malformed header is the sender's 400.
 */
public final class HeaderRules {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QVALUE = "(?:0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?)";
    private static final String PARAMETER = "\\s*;\\s*(?:[qQ]\\s*=\\s*" + QVALUE + "|(?![qQ]\\s*=)" + TOKEN
            + "\\s*=\\s*(?:" + TOKEN + "|\"[^\"\\\\]*\"))";
    private static final Pattern MEDIA_RANGE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN + "(?:" + PARAMETER + ")*\\s*");
    private static final Pattern LANGUAGE_RANGE = Pattern.compile(
            "\\s*(?:\\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)(?:\\s*;\\s*[qQ]\\s*=\\s*" + QVALUE + ")?\\s*");

    private HeaderRules() {
    }

    /** Why the header value is malformed, or empty when it is well-formed (or absent). */
    public static Optional<String> problem(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Pattern element = switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "accept" -> MEDIA_RANGE;
            case "accept-language" -> LANGUAGE_RANGE;
            default -> null;
        };
        if (element == null) {
            return Optional.empty();
        }
        for (String part : value.split(",", -1)) {
            if (!part.isBlank() && !element.matcher(part).matches()) {
                return Optional.of("Malformed " + name + " header element: " + clip(part.strip()));
            }
        }
        return Optional.empty();
    }

    private static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}

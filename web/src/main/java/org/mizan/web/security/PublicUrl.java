package org.mizan.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.mizan.web.MizanConfig;

/**
 * Where readers reach Mizan ({@code mizan.public-url}, env MIZAN_PUBLIC_URL), for the absolute links that
 * must be absolute (JSON-LD). Taken from configuration, never from the request's Host header, which the
 * sender chooses.
 */
@ApplicationScoped
public class PublicUrl {

    private final String base;

    PublicUrl(MizanConfig config) {
        String trimmed = config.publicUrl().strip();
        base = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }

    /** The base URL without the trailing slash: {@code https://mizan.example}. */
    public String base() {
        return base;
    }
}

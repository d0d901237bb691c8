package org.mizan.web.fetch;

import java.net.URI;

/**
 * A response body read in full, within the limits.
 *
 * @param url         where it was finally read from, after redirects
 * @param contentType the Content-Type header, or null
 */
public record FetchedPage(URI url, String contentType, byte[] body) {
}

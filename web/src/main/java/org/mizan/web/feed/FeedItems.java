package org.mizan.web.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mizan.web.fetch.FetchException;

/**
 * The article addresses of an RSS (0.9x, 1.0, 2.0) or Atom feed, read with ROME: each item's link (an
 * Atom entry's alternate link), made absolute against the feed's address, in feed order, each once. ROME
 * refuses DOCTYPE declarations, so a feed cannot make the parser read local files (XXE).
 */
final class FeedItems {

    private FeedItems() {
    }

    static List<String> links(byte[] body, URI feedUrl, int max) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FetchException(502, "not a feed", "The address does not give an RSS or Atom feed: " + e.getMessage());
        }
        Set<String> links = new LinkedHashSet<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = linkOf(entry);
            if (link == null) {
                continue;
            }
            try {
                URI absolute = feedUrl.resolve(link.strip());
                String scheme = absolute.getScheme();
                if ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) {
                    links.add(absolute.toString());
                }
            } catch (IllegalArgumentException e) {
                // A malformed item link is that item's problem; the others are still read.
            }
            if (links.size() >= max) {
                break;
            }
        }
        return new ArrayList<>(links);
    }

    private static String linkOf(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        for (SyndLink link : entry.getLinks()) {
            if ((link.getRel() == null || "alternate".equals(link.getRel())) && link.getHref() != null) {
                return link.getHref();
            }
        }
        String uri = entry.getUri();
        return uri != null && uri.matches("(?i)https?://\\S+") ? uri : null;
    }
}

package org.mizan.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Addresses of search pages: the same search with one thing changed (a type, a filter, a page). */
public record SearchLinks(SearchRequest r) {

    public String type(String type) {
        return href(type, r.outlet(), r.speaker(), r.relation(), null);
    }

    public String outlet(String outlet) {
        return href(wire(), outlet, r.speaker(), r.relation(), null);
    }

    public String speaker(String speaker) {
        return href(wire(), r.outlet(), speaker == null ? null : Long.parseLong(speaker), r.relation(), null);
    }

    public String relation(String relation) {
        return href(wire(), r.outlet(), r.speaker(), relation, null);
    }

    /** This search's address ready for "cursor=" to be appended (cursors are URL-safe). */
    public String pageBase() {
        String href = href(wire(), r.outlet(), r.speaker(), r.relation(), null);
        return href.endsWith("?") ? href : href + "&";
    }

    /** The same search newest first ({@code true}) or by relevance. */
    public String sorted(boolean byDate) {
        return new SearchLinks(new SearchRequest(r.q(), r.type(), r.outlet(), r.speakers(), r.from(), r.to(), r.relation(), null,
                r.limit(), byDate)).page();
    }

    private String page() {
        return href(wire(), r.outlet(), r.speaker(), r.relation(), null);
    }

    public String unfiltered() {
        return href(wire(), null, null, null, null);
    }

    private String wire() {
        return r.type() == null ? null : r.type().wire();
    }

    private String href(String type, String outlet, Long speaker, String relation, String cursor) {
        List<String> params = new ArrayList<>();
        add(params, "q", r.q());
        add(params, "type", type);
        add(params, "outlet", outlet);
        add(params, "speaker", speaker == null ? null : speaker.toString());
        add(params, "relation", relation);
        add(params, "from", r.from() == null ? null : r.from().toString());
        add(params, "to", r.to() == null ? null : r.to().toString());
        add(params, "sort", r.byDate() ? "date" : null);
        add(params, "cursor", cursor);
        return "/search?" + String.join("&", params);
    }

    private static void add(List<String> params, String name, String value) {
        if (value != null && !value.isEmpty()) {
            params.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
    }
}

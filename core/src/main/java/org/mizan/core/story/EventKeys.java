package org.mizan.core.story;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The index keys under which an article's event is found again: its strongest terms, its headline's
 * terms and its entities.
 * An article that could join an event shares an entity or several strong terms with some member, so
 * looking these keys up (within the date window) finds every event worth comparing, without a scan.
 */
public final class EventKeys {

    static final int TERM_KEYS = 8;

    private EventKeys() {
    }

    public static Set<String> of(ArticleProfile a) {
        Set<String> keys = new LinkedHashSet<>();
        a.terms().keySet().stream().limit(TERM_KEYS).forEach(t -> keys.add("t:" + t));
        // The headline's words too: outlets retitle an event, but rarely with none of the same words.
        EventTerms.stems(a.title(), TermRarity.standard()).stream().filter(a.terms()::containsKey).forEach(t -> keys.add("t:" + t));
        a.entities().forEach(e -> keys.add("e:" + e));
        return keys;
    }
}

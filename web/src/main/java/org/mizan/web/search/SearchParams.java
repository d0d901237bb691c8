package org.mizan.web.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.mizan.web.error.BadInputException;
import org.mizan.web.link.ClaimLinkEntity;
import org.mizan.web.paging.Cursor;

/** Request parameters into a {@link SearchRequest}: blank means absent; a malformed one is a 400 that says which. */
public final class SearchParams {

    private SearchParams() {
    }

    public static SearchRequest request(String q, String type, String outlet, String speaker, String from, String to,
                                        String relation, String cursor, int limit, String sort) {
        SearchType t = blank(type) ? null : SearchType.of(type.strip());
        if (!blank(type) && t == null) {
            throw new BadInputException(400, "bad type", "type must be claim, speaker, story or article.");
        }
        String rel = blank(relation) ? null : relation.strip();
        if (rel != null && !ClaimLinkEntity.RELATIONS.contains(rel)) {
            throw new BadInputException(400, "bad relation", "relation must be agree, conflict or contrast.");
        }
        Long speakerId = null;
        if (!blank(speaker)) {
            try {
                speakerId = Long.parseLong(speaker.strip());
            } catch (NumberFormatException e) {
                throw new BadInputException(400, "bad speaker", "speaker must be a speaker id.");
            }
        }
        return new SearchRequest(blank(q) ? null : q.strip(), t, blank(outlet) ? null : outlet.strip(),
                speakerId == null ? java.util.List.of() : java.util.List.of(speakerId),
                date("from", from), date("to", to), rel, t == null ? null : Cursor.decode(cursor, 2), limit, "date".equals(sort));
    }

    public static LocalDate date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(400, "bad date", name + " must be an ISO date (2020-01-13), not: " + value);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

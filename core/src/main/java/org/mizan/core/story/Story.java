package org.mizan.core.story;

import java.time.LocalDate;
import java.util.List;

/**
 * Claims (and the articles they come from) about one event.
 *
 * @param id       "story-" + the id of its earliest claim: stable while that claim stays
 * @param title    the headline of its earliest article; generated from the dominant proposition and
 *                 actors when no article has a headline ("التوقيع على الاتفاق: فايز السراج، خليفة حفتر")
 * @param actors   the subjects of its propositions, most frequent first
 * @param from     the earliest claim date
 * @param to       the latest claim date
 * @param outlets  distinct outlets, in order of first appearance
 */
public record Story(String id, String title, List<String> actors, LocalDate from, LocalDate to,
                    List<String> outlets, List<String> articleIds, List<String> claimIds) {

    public Story {
        actors = List.copyOf(actors);
        outlets = List.copyOf(outlets);
        articleIds = List.copyOf(articleIds);
        claimIds = List.copyOf(claimIds);
    }
}

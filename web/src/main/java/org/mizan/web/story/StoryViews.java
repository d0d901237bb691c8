package org.mizan.web.story;

import java.time.LocalDate;
import java.util.List;
import org.mizan.web.claim.ClaimViews.ClaimSummary;
import org.mizan.web.link.ClaimLinkEntity;

/** JSON shapes of stories. */
public final class StoryViews {

    private StoryViews() {
    }

    public record StorySummary(long id, String title, LocalDate firstDate, LocalDate lastDate, int claimCount,
                               List<String> actors, List<String> sources) {
        public static StorySummary of(StoryEntity s) {
            return new StorySummary(s.id, s.title, s.firstDate, s.lastDate, s.claimCount, List.copyOf(s.actors),
                    List.copyOf(s.sources));
        }
    }

    /** {@code confirmedBy}: the editor who confirmed the link, null for a machine suggestion. */
    public record StoryLink(long id, long from, long to, String relation, double confidence, String reason, String confirmedBy) {
        public static StoryLink of(ClaimLinkEntity l) {
            return new StoryLink(l.id, l.fromClaim.id, l.toClaim.id, l.relation, l.confidence, l.reason, l.confirmedBy);
        }
    }

    /**
     * A story with one page of its claims, newest statement first: {@code claimCount} is how many the story
     * holds, {@code next} and {@code previous} the cursors of the pages beside this one (null at either end);
     * {@code links}, {@code reprinted} and {@code byOutlet} are drawn from the claims of this page.
     */
    public record StoryDetail(long id, String title, LocalDate firstDate, LocalDate lastDate, List<String> actors,
                              List<String> sources, List<ClaimSummary> claims, long claimCount, String next, String previous,
                              List<StoryLink> links,
                              List<StoryReports.Report> reprinted, List<StoryReports.OutletReports> byOutlet) {
    }
}

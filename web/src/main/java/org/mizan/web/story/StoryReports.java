package org.mizan.web.story;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.link.ClaimLinkEntity;
import org.mizan.web.link.LinkService;

/**
 * A story's statements as reports: the reprints of one wire sentence (claims joined by the linker's
 * report links) are one report carried by several outlets, not several statements; then grouped by
 * outlet, each outlet with the reports it carried, so a reader sees who ran what.
 *
 * @param reprinted  the reports carried by two outlets or more, the most widely carried first
 * @param byOutlet   every outlet of the story, the one with the most reports first
 */
public record StoryReports(List<Report> reprinted, List<OutletReports> byOutlet) {

    /** What one outlet's section shows at most; it says how many it leaves out. */
    static final int MAX_PER_OUTLET = 8;

    /** One statement as reported: its text and speaker from the earliest claim, every outlet that carried it. */
    public record Report(String text, String speaker, List<String> outlets, List<Long> claims) {
        public boolean reprinted() {
            return outlets.size() > 1;
        }
    }

    public record OutletReports(String outlet, List<Report> reports, int notShown) {
    }

    public static StoryReports of(Collection<ClaimEntity> claims, Collection<ClaimLinkEntity> links) {
        List<ClaimEntity> ordered = claims.stream().sorted(Comparator.comparingLong((ClaimEntity c) -> c.id)).toList();
        Map<Long, Long> parent = new HashMap<>();
        ordered.forEach(c -> parent.put(c.id, c.id));
        for (ClaimLinkEntity l : links) {
            if (LinkService.isReport(l) && parent.containsKey(l.fromClaim.id) && parent.containsKey(l.toClaim.id)) {
                parent.put(root(parent, l.toClaim.id), root(parent, l.fromClaim.id));
            }
        }
        Map<Long, List<ClaimEntity>> groups = new LinkedHashMap<>();
        ordered.forEach(c -> groups.computeIfAbsent(root(parent, c.id), k -> new ArrayList<>()).add(c));
        List<Report> reports = new ArrayList<>();
        for (List<ClaimEntity> group : groups.values()) {
            Set<String> outlets = new LinkedHashSet<>();
            group.forEach(c -> outlets.add(outlet(c)));
            ClaimEntity first = group.get(0);
            reports.add(new Report(first.contentText, first.speaker == null ? null : first.speaker.name,
                    List.copyOf(outlets), group.stream().map(c -> c.id).toList()));
        }
        Map<String, List<Report>> byOutlet = new LinkedHashMap<>();
        for (Report r : reports) {
            r.outlets().forEach(o -> byOutlet.computeIfAbsent(o, k -> new ArrayList<>()).add(r));
        }
        List<OutletReports> outlets = new ArrayList<>();
        byOutlet.forEach((outlet, carried) -> {
            // The reprinted reports first: what the outlet shares with others, then what only it has.
            List<Report> sorted = carried.stream().sorted(Comparator.comparingInt((Report r) -> -r.outlets().size())).toList();
            outlets.add(new OutletReports(outlet, List.copyOf(sorted.subList(0, Math.min(sorted.size(), MAX_PER_OUTLET))),
                    Math.max(0, sorted.size() - MAX_PER_OUTLET)));
        });
        outlets.sort(Comparator.comparingInt((OutletReports o) -> -(o.reports().size() + o.notShown())).thenComparing(OutletReports::outlet));
        List<Report> reprinted = reports.stream().filter(Report::reprinted)
                .sorted(Comparator.comparingInt((Report r) -> -r.outlets().size())).toList();
        return new StoryReports(reprinted, List.copyOf(outlets));
    }

    private static String outlet(ClaimEntity c) {
        return c.article == null || c.article.outlet == null || c.article.outlet.isBlank() ? "—" : c.article.outlet;
    }

    private static Long root(Map<Long, Long> parent, Long id) {
        Long r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(id, r);
        return r;
    }
}

package org.mizan.core.link;

import org.mizan.core.identity.ActorRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Clusters linked claims and their articles into stories, incrementally: each stored article adds its
 * claims and links to a union-find. Two claims are in one story when
 * <ul>
 *   <li>a link joins them (any relation: a conflict is part of the story as much as an agreement), or</li>
 *   <li>they speak about the same question and party (the linker's party keys: predicate family +
 *       object + actor), within the time window of the latest such claim, as long as the story does
 *       not then span more than {@code maxSpanDays}: without that bound, single linkage would chain a
 *       much-reported actor's claims into one story two years long, or</li>
 *   <li>they come from one article and speak about the same question.</li>
 * </ul>
 * A story has two claims at least; a lone claim is not yet a story. The title is the headline of the
 * story's earliest article: a human wrote it, and it names the event as readers first met it; a title
 * is generated from the dominant proposition and actors only when no headline is known. Removing an
 * article rebuilds the clusters from what remains (union-find cannot split; deletions are rare).
 */
public final class StoryClusterer {

    /** What the clusterer knows of an article. */
    public record ArticleInfo(String articleId, String title, LocalDate publishedOn, String outlet) {
    }

    private record Node(ResolvedClaim claim, LocalDate date) {
    }

    private final PropositionResolver resolver;
    private final int windowDays;
    private final int maxSpanDays;

    private final Map<String, ArticleInfo> articles = new LinkedHashMap<>();
    private final Map<String, List<LinkableClaim>> articleClaims = new LinkedHashMap<>();
    private final List<ClaimLink> links = new ArrayList<>();
    /** Links by each of their ends: a link stored before its other end arrives joins when it does. */
    private final Map<String, List<ClaimLink>> linksByClaim = new HashMap<>();

    private final Map<String, Node> nodes = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, LocalDate[]> span = new HashMap<>();
    /** The claims of each component, by root: so reading one story never walks the whole corpus. */
    private final Map<String, List<String>> members = new HashMap<>();
    private final Map<String, String> latestByTopic = new HashMap<>();

    public StoryClusterer(PropositionResolver resolver, int windowDays, int maxSpanDays) {
        this.resolver = resolver;
        this.windowDays = windowDays;
        this.maxSpanDays = maxSpanDays;
    }

    public static StoryClusterer standard() {
        return new StoryClusterer(PropositionResolver.standard(), ClaimLinker.Settings.DEFAULT.windowDays(), 30);
    }

    /**
     * Adds a stored article, its claims and the links the linker found for them. At startup, replay the
     * stored articles in any order, each with the stored links that touch its claims.
     */
    public synchronized void addArticle(ArticleInfo article, List<LinkableClaim> claims, List<ClaimLink> newLinks) {
        articles.put(article.articleId(), article);
        articleClaims.computeIfAbsent(article.articleId(), k -> new ArrayList<>()).addAll(claims);
        for (ClaimLink l : newLinks) {
            if (l.relation() != Relation.UNRELATED) {
                links.add(l);
                linksByClaim.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
                linksByClaim.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
            }
        }
        integrate(article, claims);
    }

    /** Removes an article, its claims and every link that touches them; rebuilds the clusters. */
    public synchronized void removeArticle(String articleId) {
        List<LinkableClaim> removed = articleClaims.remove(articleId);
        articles.remove(articleId);
        if (removed == null) {
            return;
        }
        Set<String> gone = new java.util.HashSet<>();
        removed.forEach(c -> gone.add(c.claimId()));
        links.removeIf(l -> gone.contains(l.from()) || gone.contains(l.to()));
        linksByClaim.clear();
        for (ClaimLink l : links) {
            linksByClaim.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
            linksByClaim.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
        }
        nodes.clear();
        parent.clear();
        span.clear();
        members.clear();
        latestByTopic.clear();
        for (Map.Entry<String, List<LinkableClaim>> e : articleClaims.entrySet()) {
            integrate(articles.get(e.getKey()), e.getValue());
        }
    }

    private void integrate(ArticleInfo article, List<LinkableClaim> claims) {
        Map<String, String> firstByQuestion = new HashMap<>();
        for (LinkableClaim c : claims) {
            ResolvedClaim rc = resolver.resolve(c, Set.of());
            LocalDate date = c.date() != null ? c.date() : article == null ? null : article.publishedOn();
            nodes.put(c.claimId(), new Node(rc, date));
            parent.put(c.claimId(), c.claimId());
            span.put(c.claimId(), new LocalDate[] {date, date});
            members.put(c.claimId(), new ArrayList<>(List.of(c.claimId())));
            for (String key : rc.topics()) {
                if (key.startsWith("q")) {
                    String first = firstByQuestion.putIfAbsent(key, c.claimId());
                    if (first != null) {
                        union(first, c.claimId(), true);
                    }
                } else {
                    joinTopic(key, c.claimId(), date);
                }
            }
        }
        for (LinkableClaim c : claims) {
            for (ClaimLink l : linksByClaim.getOrDefault(c.claimId(), List.of())) {
                union(l.from(), l.to(), true);
            }
        }
    }

    private void joinTopic(String key, String claimId, LocalDate date) {
        if (date == null) {
            return;
        }
        String latest = latestByTopic.get(key);
        if (latest != null && nodes.containsKey(latest)) {
            LocalDate latestDate = nodes.get(latest).date();
            if (Math.abs(latestDate.toEpochDay() - date.toEpochDay()) <= windowDays) {
                union(latest, claimId, false);
            }
            if (latestDate.isAfter(date)) {
                return;
            }
        }
        latestByTopic.put(key, claimId);
    }

    private String find(String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        String cur = id;
        while (!cur.equals(root)) {
            String next = parent.get(cur);
            parent.put(cur, root);
            cur = next;
        }
        return root;
    }

    /** Joins two claims' stories; a topic join (not forced) is refused when the story would span too long. */
    private void union(String a, String b, boolean forced) {
        if (!parent.containsKey(a) || !parent.containsKey(b)) {
            return;
        }
        String ra = find(a);
        String rb = find(b);
        if (ra.equals(rb)) {
            return;
        }
        LocalDate[] sa = span.get(ra);
        LocalDate[] sb = span.get(rb);
        LocalDate from = min(sa[0], sb[0]);
        LocalDate to = max(sa[1], sb[1]);
        if (!forced && from != null && to != null && to.toEpochDay() - from.toEpochDay() > maxSpanDays) {
            return;
        }
        List<String> ma = members.get(ra);
        List<String> mb = members.get(rb);
        if (ma.size() < mb.size()) {
            // Hang the smaller component under the larger: its member list is the one copied.
            String swap = ra;
            ra = rb;
            rb = swap;
            List<String> tmp = ma;
            ma = mb;
            mb = tmp;
        }
        parent.put(rb, ra);
        ma.addAll(mb);
        members.remove(rb);
        span.put(ra, new LocalDate[] {from, to});
        span.remove(rb);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    // ---------------------------------------------------------------- reading

    /** Every story (two claims or more), newest first. */
    public synchronized List<Story> stories() {
        List<Story> out = new ArrayList<>();
        for (List<String> component : members.values()) {
            if (component.size() >= 2) {
                out.add(story(component));
            }
        }
        out.sort(Comparator.comparing(Story::to, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Story::id));
        return out;
    }

    /** The story a claim belongs to, if it belongs to one. */
    public synchronized Optional<Story> storyOf(String claimId) {
        if (!nodes.containsKey(claimId)) {
            return Optional.empty();
        }
        List<String> component = members.get(find(claimId));
        return component.size() >= 2 ? Optional.of(story(component)) : Optional.empty();
    }

    private Story story(List<String> memberIds) {
        List<Node> members = new ArrayList<>();
        for (String id : memberIds) {
            members.add(nodes.get(id));
        }
        members.sort(Comparator.comparing(Node::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(n -> n.claim().id()));
        LocalDate from = null;
        LocalDate to = null;
        Set<String> outlets = new LinkedHashSet<>();
        Set<String> articleIds = new LinkedHashSet<>();
        List<String> claimIds = new ArrayList<>();
        Map<String, Integer> actorCount = new LinkedHashMap<>();
        Map<String, String> actorName = new HashMap<>();
        Map<String, Integer> questionCount = new LinkedHashMap<>();
        Map<String, ResolvedProposition> questionExample = new HashMap<>();
        for (Node n : members) {
            from = min(from, n.date());
            to = max(to, n.date());
            LinkableClaim c = n.claim().claim();
            if (c.outlet() != null) {
                outlets.add(c.outlet());
            }
            articleIds.add(c.articleId());
            claimIds.add(c.claimId());
            for (ResolvedProposition p : n.claim().propositions()) {
                String actorKey = p.subject().kind() == ActorRef.Kind.GROUP || p.subjectKeys().isEmpty()
                        ? p.subject().key() : p.subjectKeys().iterator().next();
                actorCount.merge(actorKey, 1, Integer::sum);
                actorName.merge(actorKey, p.subject().mention(), (x, y) -> y.length() > x.length() ? y : x);
                String question = p.family() + "|" + p.object().key();
                questionCount.merge(question, 1, Integer::sum);
                questionExample.merge(question, p, (x, y) -> shorterObject(y, x));
            }
        }
        List<String> actors = actorCount.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(6).map(e -> actorName.get(e.getKey())).toList();
        String title = headline(articleIds);
        if (title == null) {
            title = generatedTitle(questionCount, questionExample, actors);
        }
        return new Story("story-" + claimIds.get(0), title, actors, from, to, new ArrayList<>(outlets),
                new ArrayList<>(articleIds), claimIds);
    }

    private static ResolvedProposition shorterObject(ResolvedProposition a, ResolvedProposition b) {
        String ma = a.object().mention();
        String mb = b.object().mention();
        if (ma == null) {
            return b;
        }
        return mb == null || ma.length() < mb.length() ? a : b;
    }

    /** The headline of the earliest article that has one. */
    private String headline(Set<String> articleIds) {
        ArticleInfo best = null;
        for (String id : articleIds) {
            ArticleInfo a = articles.get(id);
            if (a == null || a.title() == null || a.title().isBlank()) {
                continue;
            }
            if (best == null || a.publishedOn() != null
                    && (best.publishedOn() == null || a.publishedOn().isBefore(best.publishedOn()))) {
                best = a;
            }
        }
        return best == null ? null : best.title().strip();
    }

    private String generatedTitle(Map<String, Integer> questionCount, Map<String, ResolvedProposition> examples,
                                  List<String> actors) {
        String dominant = questionCount.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        String topic;
        if (dominant == null) {
            topic = "قصة";
        } else {
            ResolvedProposition p = examples.get(dominant);
            String noun = resolver.predicates().positiveOf(p.family()).noun();
            String object = p.object().mention() != null ? p.object().mention() : "";
            topic = LinkReasons.withObject(noun, object).strip();
        }
        List<String> shown = actors.subList(0, Math.min(3, actors.size()));
        return shown.isEmpty() ? topic : topic + ": " + String.join("، ", shown);
    }
}

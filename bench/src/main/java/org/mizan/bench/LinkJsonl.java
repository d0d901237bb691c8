package org.mizan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mizan.core.Article;
import org.mizan.core.ArticleAnalysis;
import org.mizan.core.Claim;
import org.mizan.core.link.ClaimLink;
import org.mizan.core.link.ClaimLinker;
import org.mizan.core.link.LinkableClaim;
import org.mizan.core.story.ArticleProfile;
import org.mizan.core.story.EventClusterer;
import org.mizan.core.story.EventMatcher;
import org.mizan.core.story.EventProfile;
import org.mizan.core.story.MemoryEvents;
import org.mizan.core.story.TermRarity;
import org.mizan.ingest.IngestPipeline;

/**
 * Stores a JSONL of articles ({id, url, body, date, title?, outlet?}) into an in-process linker and
 * story clusterer, in file order as {@code tools/load_corpus.py} stores them, and writes the links and
 * stories in the shape {@code tools/export_links.py} exports from a running server (each claim placed in
 * its sentence), so that {@code tools/score_links.py} scores them — the linking loop without the server.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.mizan.bench.LinkJsonl ARTICLES.jsonl OUT_PREFIX</pre>
 * writes OUT_PREFIX-links.jsonl, OUT_PREFIX-stories.jsonl and OUT_PREFIX-claims.jsonl (every claim placed).
 */
public final class LinkJsonl {

    /** The sentence rule of export_links.py, so that both place a claim in the same sentence. */
    private static final Pattern SENTENCE = Pattern.compile("[^.!?؟\\n]+[.!?؟]*");

    private record Placed(String articleId, String outlet, String date, String body, Claim claim) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LinkJsonl ARTICLES.jsonl OUT_PREFIX");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        IngestPipeline pipeline = IngestPipeline.standard();
        ClaimLinker linker = ClaimLinker.standard();
        // -Dmizan.events=WINDOW_DAYS,MIN_SIMILARITY,MIN_SIMILARITY_ALONE tries other matcher settings.
        String[] tuned = System.getProperty("mizan.events", "").split(",");
        EventClusterer clusterer = tuned.length == 3 ? new EventClusterer(new EventMatcher(Integer.parseInt(tuned[0]),
                Double.parseDouble(tuned[1]), Double.parseDouble(tuned[2]))) : EventClusterer.standard();
        MemoryEvents events = new MemoryEvents();
        Map<String, List<String>> claimsOfArticle = new HashMap<>();
        Map<String, Placed> claims = new HashMap<>();
        List<ClaimLink> links = new ArrayList<>();
        List<ArticleProfile> profiles = new ArrayList<>();
        long t0 = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                String id = row.path("id").asText();
                String body = row.path("body").asText("");
                String date = row.path("date").asText("");
                LocalDate given = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null;
                ArticleAnalysis analysis = pipeline.analyze(new Article(body, text(row, "title"), given,
                        text(row, "outlet"), text(row, "url")));
                LocalDate publishedOn = analysis.publishedOn() != null ? analysis.publishedOn() : given;
                List<LinkableClaim> linkable = new ArrayList<>();
                for (Claim c : analysis.claims()) {
                    String claimId = id + "#" + c.id();
                    claims.put(claimId, new Placed(id, text(row, "outlet"), date, body, c));
                    linkable.add(LinkableClaim.of(claimId, id, text(row, "outlet"), publishedOn, c));
                }
                List<ClaimLink> found = linker.store(linkable);
                links.addAll(found);
                linkable.forEach(c -> claimsOfArticle.computeIfAbsent(id, k -> new ArrayList<>()).add(c.claimId()));
                String analysedBody = analysis.text().substring(analysis.body().start(), analysis.body().end());
                ArticleProfile profile = ArticleProfile.of(id, text(row, "outlet"), publishedOn, analysis.title(), analysedBody,
                        analysis.claims(), TermRarity.standard());
                profiles.add(profile);
                clusterer.place(profile, events);
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1] + "-links.jsonl"), StandardCharsets.UTF_8)) {
            int n = 0;
            for (ClaimLink l : links) {
                ObjectNode o = json.createObjectNode();
                o.put("link", n++);
                o.put("relation", l.relation().wire());
                o.put("confidence", l.confidence());
                o.put("reason", l.reason());
                o.set("a", place(json, claims.get(l.from())));
                o.set("b", place(json, claims.get(l.to())));
                out.write(json.writeValueAsString(o));
                out.newLine();
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1] + "-claims.jsonl"), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, Placed> e : claims.entrySet()) {
                ObjectNode o = place(json, e.getValue());
                o.put("claim", e.getKey());
                o.put("speakerKind", e.getValue().claim().speaker() == null ? null
                        : String.valueOf(e.getValue().claim().speaker().kind()));
                out.write(json.writeValueAsString(o));
                out.newLine();
            }
        }
        // -Dmizan.profiles=FILE writes each article's event profile (terms, entities), to see why two articles part.
        String profilesOut = System.getProperty("mizan.profiles");
        if (profilesOut != null) {
            try (BufferedWriter out = Files.newBufferedWriter(Path.of(profilesOut), StandardCharsets.UTF_8)) {
                for (ArticleProfile p : profiles) {
                    ObjectNode o = json.createObjectNode();
                    o.put("article", p.articleId());
                    o.put("day", String.valueOf(p.day()));
                    o.put("title", p.title());
                    o.put("terms", p.termsText());
                    o.put("entities", p.entitiesText());
                    out.write(json.writeValueAsString(o));
                    out.newLine();
                }
            }
        }
        // A story is an event whose articles hold two claims or more (as the app stores them).
        List<EventProfile> stories = new ArrayList<>();
        for (EventProfile e : events.events()) {
            int n = e.members().stream().mapToInt(a -> claimsOfArticle.getOrDefault(a.articleId(), List.of()).size()).sum();
            if (n >= 2) {
                stories.add(e);
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1] + "-stories.jsonl"), StandardCharsets.UTF_8)) {
            for (EventProfile e : stories) {
                ObjectNode o = json.createObjectNode();
                List<String> claimIds = new ArrayList<>();
                e.members().forEach(a -> claimIds.addAll(claimsOfArticle.getOrDefault(a.articleId(), List.of())));
                o.put("story", "event-" + e.id());
                o.put("title", e.title());
                o.put("claims", claimIds.size());
                o.put("articles", e.members().size());
                o.set("articleIds", json.valueToTree(e.members().stream().map(ArticleProfile::articleId).toList()));
                o.set("titles", json.valueToTree(e.members().stream().map(a -> String.valueOf(a.title())).toList()));
                o.set("outlets", json.valueToTree(e.members().stream().map(ArticleProfile::outlet).distinct().toList()));
                var members = o.putArray("members");
                for (String cid : claimIds) {
                    members.add(place(json, claims.get(cid)));
                }
                out.write(json.writeValueAsString(o));
                out.newLine();
            }
        }
        System.out.printf("claims=%d links=%d events=%d stories=%d comparisons=%d seconds=%.1f%n", claims.size(), links.size(),
                events.events().size(), stories.size(), linker.comparisons(), (System.nanoTime() - t0) / 1e9);
    }

    private static ObjectNode place(ObjectMapper json, Placed p) {
        ObjectNode o = json.createObjectNode();
        int at = p.claim().cue().start();
        Matcher m = SENTENCE.matcher(p.body());
        int s0 = at;
        String sentence = "";
        while (m.find()) {
            if (m.start() <= at && at < m.end()) {
                s0 = m.start();
                sentence = m.group().strip();
                break;
            }
        }
        o.put("article", p.articleId());
        o.put("outlet", p.outlet());
        o.put("date", p.date());
        o.put("sent_start", s0);
        o.put("sentence", sentence);
        o.put("cue", p.claim().cue().text());
        o.put("speaker", p.claim().speaker() == null ? null : p.claim().speaker().name());
        o.put("content", p.claim().content() == null ? null : p.claim().content().text());
        o.put("polarity", String.valueOf(p.claim().polarity()));
        return o;
    }

    private static String text(JsonNode row, String field) {
        JsonNode n = row.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}

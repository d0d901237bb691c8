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
import org.mizan.core.link.Story;
import org.mizan.core.link.StoryClusterer;
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
        StoryClusterer clusterer = StoryClusterer.standard();
        Map<String, Placed> claims = new HashMap<>();
        List<ClaimLink> links = new ArrayList<>();
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
                clusterer.addArticle(new StoryClusterer.ArticleInfo(id, text(row, "title"), publishedOn,
                        text(row, "outlet")), linkable, found);
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
        List<Story> stories = clusterer.stories();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1] + "-stories.jsonl"), StandardCharsets.UTF_8)) {
            for (Story s : stories) {
                ObjectNode o = json.createObjectNode();
                o.put("story", s.id());
                o.put("title", s.title());
                o.put("claims", s.claimIds().size());
                o.put("articles", s.articleIds().size());
                o.set("outlets", json.valueToTree(s.outlets()));
                var members = o.putArray("members");
                for (String cid : s.claimIds()) {
                    members.add(place(json, claims.get(cid)));
                }
                out.write(json.writeValueAsString(o));
                out.newLine();
            }
        }
        System.out.printf("claims=%d links=%d stories=%d comparisons=%d seconds=%.1f%n", claims.size(), links.size(),
                stories.size(), linker.comparisons(), (System.nanoTime() - t0) / 1e9);
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

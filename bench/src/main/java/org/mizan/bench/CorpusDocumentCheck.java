package org.mizan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mizan.core.Article;
import org.mizan.core.Span;
import org.mizan.ingest.document.Document;
import org.mizan.ingest.document.DocumentReader;

/**
 * Runs the document stage alone over a JSONL of articles ({id, body, title?, date?, outlet?}) and reports
 * how it went: exceptions, empty bodies, what was stripped, titles found, provenance lines, timing. Each
 * article is read twice: as the measurement tools send it (title given) and as pasted text (no title).
 * With a gold file (shared/dev-gold/gold.jsonl) it also checks that every gold cue lies in the body and
 * in one of the document's sentences. Writes SAMPLE random documents laid out for reading by eye.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.mizan.bench.CorpusDocumentCheck \
 *     ../shared/corpus/arabic-news.jsonl [GOLD.jsonl] [OUT.txt] [SAMPLE]</pre>
 */
public final class CorpusDocumentCheck {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/arabic-news.jsonl");
        Path gold = args.length > 1 && !args[1].equals("-") ? Path.of(args[1]) : null;
        Path out = Path.of(args.length > 2 ? args[2] : "bench/target/corpus-document-check.txt");
        int sample = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        ObjectMapper json = new ObjectMapper();
        DocumentReader reader = DocumentReader.standard();
        List<JsonNode> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    rows.add(json.readTree(line));
                }
            }
        }
        Map<String, List<Integer>> goldCues = gold == null ? Map.of() : goldCues(json, gold);

        int errors = 0;
        int emptyBody = 0;
        int withStripped = 0;
        int withProvenance = 0;
        int titleFoundUntitled = 0;
        int titleSpanGiven = 0;
        long bodyChars = 0;
        long textChars = 0;
        long sentences = 0;
        int cues = 0;
        int cuesOutsideBody = 0;
        int cuesOutsideSentences = 0;
        Map<String, Document> untitledDocs = new HashMap<>();
        long t0 = System.nanoTime();
        for (JsonNode row : rows) {
            String id = row.path("id").asText();
            String body = row.path("body").asText("");
            try {
                Document given = reader.read(articleOf(row, body, true));
                Document pasted = reader.read(articleOf(row, body, false));
                untitledDocs.put(id, pasted);
                textChars += body.length();
                bodyChars += given.body().length();
                sentences += given.sentences().size();
                if (given.body().length() == 0) {
                    emptyBody++;
                }
                if (!given.stripped().isEmpty()) {
                    withStripped++;
                }
                if (given.provenance() != null) {
                    withProvenance++;
                }
                if (given.titleSpan() != null) {
                    titleSpanGiven++;
                }
                if (pasted.titleSpan() != null) {
                    titleFoundUntitled++;
                }
                for (int cue : goldCues.getOrDefault(id, List.of())) {
                    cues++;
                    if (!given.body().contains(cue) && (given.titleSpan() == null || !given.titleSpan().contains(cue))) {
                        cuesOutsideBody++;
                        System.err.println(id + ": gold cue at " + cue + " outside body " + given.body().start() + ".." + given.body().end());
                    }
                    if (given.sentences().stream().noneMatch(s -> s.contains(cue))) {
                        cuesOutsideSentences++;
                        System.err.println(id + ": gold cue at " + cue + " in no sentence");
                    }
                }
            } catch (RuntimeException e) {
                errors++;
                System.err.println(id + ": " + e);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("articles=%d errors=%d emptyBody=%d withStripped=%d withProvenance=%d%n",
                rows.size(), errors, emptyBody, withStripped, withProvenance);
        System.out.printf("bodyShareOfText=%.4f sentences=%d titleLineMatchedGiven=%d titleFoundWhenNoneGiven=%d%n",
                textChars == 0 ? 0 : (double) bodyChars / textChars, sentences, titleSpanGiven, titleFoundUntitled);
        if (gold != null) {
            System.out.printf("goldCues=%d outsideBody=%d outsideSentences=%d%n", cues, cuesOutsideBody, cuesOutsideSentences);
        }
        System.out.printf("seconds=%.2f (two reads per article)%n", seconds);

        List<JsonNode> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(Long.getLong("seed", 20200113)));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            int shown = 0;
            for (JsonNode row : shuffled) {
                Document d = untitledDocs.get(row.path("id").asText());
                if (d == null || shown >= sample) {
                    continue;
                }
                shown++;
                describe(w, row.path("id").asText(), d);
            }
            // Every document with something stripped, for review of what the heuristics cut.
            w.println("\n######## all stripped spans (untitled reads)");
            for (JsonNode row : rows) {
                Document d = untitledDocs.get(row.path("id").asText());
                if (d != null && (!d.stripped().isEmpty() || d.provenance() != null)) {
                    for (Span s : d.stripped()) {
                        w.println(row.path("id").asText() + " STRIPPED " + oneLine(s.text(), 160));
                    }
                    if (d.provenance() != null) {
                        w.println(row.path("id").asText() + " PROVENANCE " + oneLine(d.provenance().text(), 160));
                    }
                }
            }
        }
        System.out.println("samples written to " + out.toAbsolutePath());
    }

    private static void describe(PrintWriter w, String id, Document d) {
        String text = d.text();
        w.println("======== " + id + " language=" + d.language() + " sentences=" + d.sentences().size());
        w.println("TITLE     : " + (d.titleSpan() == null ? "(none) " + d.title() : oneLine(d.titleSpan().text(), 200)));
        w.println("BEFORE    : " + oneLine(text.substring(0, d.body().start()), 300));
        w.println("BODY START: " + oneLine(text.substring(d.body().start(), Math.min(d.body().end(), d.body().start() + 200)), 200));
        w.println("BODY END  : " + oneLine(text.substring(Math.max(d.body().start(), d.body().end() - 200), d.body().end()), 200));
        w.println("AFTER     : " + oneLine(text.substring(d.body().end()), 300));
        w.println("PROVENANCE: " + (d.provenance() == null ? "-" : d.provenance().text()));
        for (Span s : d.stripped()) {
            w.println("STRIPPED  : [" + s.start() + "," + s.end() + ") " + oneLine(s.text(), 200));
        }
        for (int i = 0; i < Math.min(3, d.sentences().size()); i++) {
            w.println("SENTENCE  : " + oneLine(d.sentences().get(i).text(), 200));
        }
    }

    private static String oneLine(String s, int max) {
        String flat = s.replace("\r", "").replace("\n", " ⏎ ");
        return flat.length() > max ? flat.substring(0, max) + "…" : flat;
    }

    private static Article articleOf(JsonNode row, String body, boolean withTitle) {
        String date = row.path("date").asText("");
        LocalDate publishedOn = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null;
        return new Article(body, withTitle ? text(row, "title") : null, publishedOn, text(row, "outlet"), text(row, "url"));
    }

    private static String text(JsonNode row, String field) {
        JsonNode n = row.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Map<String, List<Integer>> goldCues(ObjectMapper json, Path gold) throws Exception {
        Map<String, List<Integer>> cues = new HashMap<>();
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode row = json.readTree(line);
            List<Integer> offsets = new ArrayList<>();
            for (JsonNode claim : row.path("claims")) {
                if (claim.has("cue_offset")) {
                    offsets.add(claim.get("cue_offset").asInt());
                }
            }
            cues.put(row.path("id").asText(), offsets);
        }
        return cues;
    }
}

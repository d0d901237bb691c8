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
import org.mizan.core.Article;
import org.mizan.ingest.IngestPipeline;
import org.mizan.ingest.view.AnalysisView;

/**
 * Runs the ingest pipeline in-process over a JSONL of articles ({id, body, date, title?, outlet?}, the
 * format of shared/dev-gold/articles.jsonl and shared/corpus/arabic-news.jsonl) and writes one
 * /api/analyze-shaped response per line plus "id" — the same output tools/run_analyze.py gets from a
 * running server, without the server.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.mizan.bench.AnalyzeJsonl IN.jsonl OUT.jsonl</pre>
 */
public final class AnalyzeJsonl {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: AnalyzeJsonl IN.jsonl OUT.jsonl");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        IngestPipeline pipeline = IngestPipeline.standard();
        int articles = 0;
        int errors = 0;
        long words = 0;
        long t0 = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                String body = row.path("body").asText("");
                articles++;
                words += body.split("\\s+").length;
                ObjectNode result;
                try {
                    AnalysisView view = AnalysisView.of(pipeline.analyze(articleOf(row, body)), body);
                    result = json.valueToTree(view);
                } catch (RuntimeException e) {
                    errors++;
                    result = json.createObjectNode().put("error", e.toString());
                    System.err.println(row.path("id").asText() + ": " + e);
                }
                result.put("id", row.path("id").asText());
                out.write(json.writeValueAsString(result));
                out.newLine();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("articles=%d words=%d errors=%d seconds=%.2f words_per_s=%.0f%n",
                articles, words, errors, seconds, words / seconds);
    }

    private static Article articleOf(JsonNode row, String body) {
        String date = row.path("date").asText("");
        LocalDate publishedOn = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null;
        return new Article(body, text(row, "title"), publishedOn, text(row, "outlet"), text(row, "url"));
    }

    private static String text(JsonNode row, String field) {
        JsonNode n = row.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}

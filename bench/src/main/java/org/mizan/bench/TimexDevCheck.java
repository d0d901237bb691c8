package org.mizan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.core.Span;
import org.mizan.core.TimeExpression;
import org.mizan.ingest.time.StatementDate;
import org.mizan.ingest.time.StatementDater;
import org.mizan.ingest.time.TimexTagger;

/**
 * Measures the time stages alone on the dev set: tags each article body with its date as anchor and
 * dates each GOLD claim (gold cue offset; its sentence; the gold content located after the cue), then
 * writes predictions in the scorer's format.
 *
 * <pre>
 * ./mvnw -B -q -pl bench -am compile
 * M=~/.m2/repository/com/fasterxml/jackson/core; L=~/.m2/repository/org/apache/lucene
 * java -cp bench/target/classes:ingest/target/classes:core/target/classes:$M/jackson-databind/2.18.2/jackson-databind-2.18.2.jar:$M/jackson-core/2.18.2/jackson-core-2.18.2.jar:$M/jackson-annotations/2.18.2/jackson-annotations-2.18.2.jar:$L/lucene-core/9.12.3/lucene-core-9.12.3.jar:$L/lucene-analysis-common/9.12.3/lucene-analysis-common-9.12.3.jar \
 *     org.mizan.bench.TimexDevCheck ../shared/dev-gold /tmp/pred.jsonl [--heuristic-content]
 * python3 ../shared/tools/score_attribution.py ../shared/dev-gold/gold.jsonl /tmp/pred.jsonl
 * </pre>
 * With --heuristic-content the content is the rest of the sentence after the cue's complementiser
 * (as a rough attribution stage would give) instead of the gold content.
 * Speaker and polarity figures of that report mean nothing here (this tool predicts neither).
 */
public final class TimexDevCheck {

    private TimexDevCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/dev-gold");
        Path out = Path.of(args.length > 1 ? args[1] : "/tmp/pred.jsonl");
        boolean heuristicContent = args.length > 2 && args[2].equals("--heuristic-content");
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> articles = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode a = json.readTree(line);
                articles.put(a.get("id").asText(), a);
            }
        }
        TimexTagger tagger = TimexTagger.standard();
        StatementDater dater = new StatementDater();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (String line : Files.readAllLines(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode gold = json.readTree(line);
                JsonNode article = articles.get(gold.get("id").asText());
                String body = article.get("body").asText();
                LocalDate anchor = LocalDate.parse(article.get("date").asText().substring(0, 10));
                List<TimeExpression> timex = tagger.tag(body, Span.of(body, 0, body.length()), anchor);
                ObjectNode row = json.createObjectNode();
                row.put("id", gold.get("id").asText());
                ArrayNode claims = row.putArray("claims");
                for (JsonNode g : gold.get("claims")) {
                    int cueStart = g.get("cue_offset").asInt();
                    String cueText = g.get("cue").asText();
                    Span cue = Span.of(body, cueStart, cueStart + cueText.length());
                    Span sentence = sentence(body, cueStart);
                    Span content = heuristicContent ? afterComplementiser(body, sentence, cue)
                            : locate(body, g.path("content").asText(""), cue.end());
                    StatementDate date = dater.date(body, sentence, cue, content, timex, anchor);
                    ObjectNode c = claims.addObject();
                    ObjectNode cueNode = c.putObject("cue");
                    cueNode.put("start", cue.start());
                    cueNode.put("end", cue.end());
                    c.putObject("speaker").put("name", "x");
                    c.put("statedOn", date.date() == null ? null : date.date().toString());
                    c.put("statedOnText", date.expression());
                    c.put("statedOnSource", date.source().wire());
                }
                ArrayNode tx = row.putArray("timex");
                for (TimeExpression t : timex) {
                    ObjectNode n = tx.addObject();
                    n.put("text", t.span().text());
                    n.put("start", t.span().start());
                    n.put("end", t.span().end());
                    n.put("value", t.value());
                }
                w.println(json.writeValueAsString(row));
            }
        }
    }

    /** The sentence around an offset: bounded by . ! ? ؟ and line breaks. */
    static Span sentence(String body, int offset) {
        int start = offset;
        while (start > 0 && ".!?؟\n".indexOf(body.charAt(start - 1)) < 0) {
            start--;
        }
        int end = offset;
        while (end < body.length() && ".!?؟\n".indexOf(body.charAt(end)) < 0) {
            end++;
        }
        return Span.of(body, start, end);
    }

    private static final java.util.regex.Pattern COMPLEMENTISER = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(إن|أن|ان|بأن|بان|أنه|إنه|انه|أنها|إنها|انها)(?![\\p{L}])|:");

    /** The rest of the sentence after the first complementiser or colon after the cue; null if none. */
    static Span afterComplementiser(String body, Span sentence, Span cue) {
        java.util.regex.Matcher m = COMPLEMENTISER.matcher(body).region(cue.end(), sentence.end());
        if (!m.find()) {
            return null;
        }
        int start = m.end();
        while (start < sentence.end() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        return start < sentence.end() ? Span.of(body, start, sentence.end()) : null;
    }

    /** The gold content in the body, preferably after the cue; null when it cannot be found. */
    static Span locate(String body, String content, int from) {
        if (content.isEmpty()) {
            return null;
        }
        int at = body.indexOf(content, from);
        if (at < 0) {
            at = body.indexOf(content);
        }
        return at < 0 ? null : Span.of(body, at, at + content.length());
    }
}

package org.mizan.ingest.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measurement aid (not a test): runs the attribution stage over a JSONL of articles ({id, body}) and
 * writes the /api/analyze claim shape for score_attribution.py. Usage: DevHarness in.jsonl out.jsonl
 */
public final class DevHarness {

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        AttributionStage stage = AttributionStage.standard();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode a = json.readTree(line);
                String body = a.get("body").asText();
                ObjectNode row = json.createObjectNode();
                row.put("id", a.get("id").asText());
                ArrayNode claims = row.putArray("claims");
                for (AttributedStatement st : stage.attribute(TestDocuments.of(body))) {
                    ObjectNode c = claims.addObject();
                    ObjectNode cue = c.putObject("cue");
                    cue.put("text", st.cue().text());
                    cue.put("start", st.cue().start());
                    cue.put("end", st.cue().end());
                    ObjectNode sp = c.putObject("speaker");
                    sp.put("name", st.speaker().name());
                    sp.put("mention", st.speaker().mention());
                    sp.put("kind", st.speaker().kind().wire());
                    sp.put("role", st.speaker().role());
                    sp.put("implicit", st.speaker().implicit());
                    sp.put("rule", st.speaker().rule());
                    c.putObject("content").put("text", st.content().text());
                    c.put("polarity", "affirmed");
                }
                row.putArray("timex");
                out.println(json.writeValueAsString(row));
            }
        }
    }
}

package org.mizan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mizan.core.link.ClaimComparator;
import org.mizan.core.link.Comparison;
import org.mizan.core.link.Evidence;
import org.mizan.core.stance.StanceCsv;

/**
 * Runs the claim comparator over a stance CSV (s1,s2,stance) and writes one JSON line per row in the
 * /api/compare shape, for tools/score_stance.py:
 * {@code CompareCsv ../shared/data/ans/dev.csv /tmp/ans.jsonl}.
 */
public final class CompareCsv {

    private CompareCsv() {
    }

    public static void main(String[] args) throws Exception {
        ClaimComparator comparator = ClaimComparator.standard();
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (StanceCsv.Row row : StanceCsv.read(Path.of(args[0]))) {
                Comparison c = comparator.compare(row.s1(), row.s2());
                ObjectNode node = json.createObjectNode();
                node.put("relation", c.relation().wire());
                node.put("confidence", c.confidence());
                node.put("explanation", c.explanation());
                ArrayNode evidence = node.putArray("evidence");
                for (Evidence e : c.evidence()) {
                    evidence.addObject()
                            .put("side", e.side().name().toLowerCase(java.util.Locale.ROOT))
                            .put("text", e.span().text())
                            .put("start", e.span().start())
                            .put("end", e.span().end());
                }
                out.write(json.writeValueAsString(node));
                out.newLine();
            }
        }
    }
}

package org.mizan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.mizan.core.story.EventTerms;

/**
 * Mines {@code core/.../story/term-rarity.tsv}: in how many articles of a news corpus each stem occurs
 * (title and body, stems as {@link EventTerms} makes them). Articles whose id is in the EXCLUDE file (the
 * development set the stories are measured on) are left out, so the figures are not tuned on it.
 * Stems in a single article are not written: the reader counts an unknown stem as the rarest anyway.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.mizan.bench.MineTermRarity CORPUS.jsonl EXCLUDE.jsonl OUT.tsv</pre>
 */
public final class MineTermRarity {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: MineTermRarity CORPUS.jsonl EXCLUDE.jsonl OUT.tsv");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        Set<String> excluded = new HashSet<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    excluded.add(json.readTree(line).path("id").asText());
                }
            }
        }
        Map<String, Integer> df = new HashMap<>();
        int articles = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                if (excluded.contains(row.path("id").asText())) {
                    continue;
                }
                articles++;
                Set<String> seen = new HashSet<>(EventTerms.stems(row.path("title").asText("")));
                seen.addAll(EventTerms.stems(row.path("body").asText("")));
                seen.forEach(s -> df.merge(s, 1, Integer::sum));
            }
        }
        Map<String, Integer> kept = new TreeMap<>();
        df.forEach((s, n) -> {
            if (n >= 2) {
                kept.put(s, n);
            }
        });
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            out.write("# stem\tarticles it occurs in; mined by bench MineTermRarity, do not edit by hand\n");
            out.write("#articles\t" + articles + "\n");
            for (Map.Entry<String, Integer> e : kept.entrySet()) {
                out.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        System.out.printf("articles=%d stems=%d written=%d%n", articles, df.size(), kept.size());
    }
}

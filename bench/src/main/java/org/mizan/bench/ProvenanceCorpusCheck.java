package org.mizan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.mizan.core.Article;
import org.mizan.ingest.document.Document;
import org.mizan.ingest.document.DocumentReader;
import org.mizan.ingest.document.RelayChain;
import org.mizan.ingest.document.RelayChainReader;

/**
 * Reads every article of a JSONL corpus ({body, outlet?}) with the document stage and reports the
 * languages it identifies (an Arabic corpus should be all "ar") and the wire agencies the relay chains
 * name, with the time taken (model loading included).
 *
 * <pre>java -cp bench/target/benchmarks.jar org.mizan.bench.ProvenanceCorpusCheck ../shared/corpus/arabic-news.jsonl</pre>
 */
public final class ProvenanceCorpusCheck {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/arabic-news.jsonl");
        ObjectMapper json = new ObjectMapper();
        DocumentReader reader = DocumentReader.standard();
        RelayChainReader relays = RelayChainReader.standard();
        Map<String, Integer> languages = new TreeMap<>();
        Map<String, Integer> wires = new TreeMap<>();
        int articles = 0;
        int withChain = 0;
        long start = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                Document doc = reader.read(Article.of(row.path("body").asText()));
                articles++;
                languages.merge(doc.language(), 1, Integer::sum);
                RelayChain chain = relays.read(doc.text(), doc.provenance(), doc.body(), null);
                if (!chain.links().isEmpty()) {
                    withChain++;
                }
                chain.wires().forEach(w -> wires.merge(w, 1, Integer::sum));
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%d articles in %d ms; languages %s; %d with a relay chain; wires named %s%n",
                articles, millis, languages, withChain, wires);
    }
}

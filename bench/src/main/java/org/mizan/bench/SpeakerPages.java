package org.mizan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mizan.core.Article;
import org.mizan.core.Claim;
import org.mizan.core.Speaker;
import org.mizan.core.identity.Identities;
import org.mizan.core.identity.IdentityMap;
import org.mizan.ingest.IngestPipeline;

/**
 * How many speaker pages a corpus yields: with the exact folded name as the key (how speakers were
 * kept before the identity service), and with {@link Identities#identify} over an {@link IdentityMap}, which
 * keeps identities as the speaker table does. Prints both counts and every page the service made of several
 * exact names, to be read for wrong merges.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.mizan.bench.SpeakerPages ARTICLES.jsonl</pre>
 */
public final class SpeakerPages {

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SpeakerPages ARTICLES.jsonl");
            System.exit(2);
        }
        ObjectMapper json = new ObjectMapper();
        IngestPipeline pipeline = IngestPipeline.standard();
        Identities identities = Identities.standard();
        IdentityMap store = new IdentityMap(identities);
        Map<String, Integer> exactPages = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                String date = row.path("date").asText("");
                LocalDate given = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null;
                var analysis = pipeline.analyze(new Article(row.path("body").asText(""), row.path("title").asText(null),
                        given, row.path("outlet").asText(null), row.path("url").asText(null)));
                for (Claim c : analysis.claims()) {
                    Speaker s = c.speaker();
                    if (s == null || s.name() == null || s.name().isBlank()) {
                        continue;
                    }
                    exactPages.merge(Identities.exactKey(s.name()), 1, Integer::sum);
                    store.identify(s.name(), s.kind(), s.role());
                }
            }
        }
        int merged = 0;
        for (IdentityMap.Entity p : store.entities()) {
            if (p.names().size() > 1) {
                merged++;
                System.out.println("MERGED " + p.name() + " [" + p.kind() + "] <- " + p.names() + " roles=" + p.roles());
            }
        }
        System.out.printf("speaker pages: exact names %d, identities %d (%d pages gather several names)%n",
                exactPages.size(), store.entities().size(), merged);
    }
}

package org.mizan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mizan.core.Polarity;
import org.mizan.core.Span;
import org.mizan.ingest.proposition.PolarityDetector;

/**
 * Measures {@link PolarityDetector} on the dev gold: each gold claim's content is located in its
 * article body (the occurrence nearest the gold cue), then the detector runs on the cue and content.
 * Two content spans are tried: the gold span as annotated (often cut after a few words) and the same
 * span carried on to the end of its sentence, as the pipeline reports it.
 * {@code PolarityBench ../shared/dev-gold/articles.jsonl ../shared/dev-gold/gold.jsonl [--verbose]}.
 */
public final class PolarityBench {

    private PolarityBench() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> bodies = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode a = json.readTree(line);
                bodies.put(a.get("id").asText(), a.get("body").asText());
            }
        }
        boolean verbose = args.length > 2 && args[2].equals("--verbose");
        PolarityDetector detector = new PolarityDetector();
        for (boolean extend : new boolean[] {false, true}) {
            int[] counts = new int[4]; // tp, fn, fp, tn (negated is positive)
            int missing = 0;
            List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = json.readTree(line);
                String body = bodies.get(article.get("id").asText());
                for (JsonNode claim : article.get("claims")) {
                    String cueText = claim.get("cue").asText();
                    int cueAt = claim.get("cue_offset").asInt();
                    String content = claim.get("content").asText();
                    int at = nearest(body, content, cueAt);
                    if (body == null || at < 0) {
                        missing++;
                        continue;
                    }
                    Span cue = cueAt + cueText.length() <= body.length()
                            && body.startsWith(cueText, cueAt) ? Span.of(body, cueAt, cueAt + cueText.length())
                            : new Span(cueText, 0, cueText.length());
                    int end = extend ? sentenceEnd(body, at + content.length()) : at + content.length();
                    Span span = Span.of(body, at, end);
                    boolean gold = claim.get("polarity").asText().equals("negated");
                    boolean pred = detector.polarity(body, cue, span) == Polarity.NEGATED;
                    counts[gold ? (pred ? 0 : 1) : (pred ? 2 : 3)]++;
                    if (verbose && gold != pred) {
                        System.out.println((gold ? "FN " : "FP ") + cueText + " | " + span.text());
                    }
                }
            }
            int total = counts[0] + counts[1] + counts[2] + counts[3];
            System.out.printf(Locale.ROOT,
                    "%s: claims=%d (not located %d) negated=%d  negation recall=%.3f precision=%.3f  "
                            + "polarity accuracy=%.3f  affirmed kept=%.3f%n",
                    extend ? "content to sentence end" : "gold content span", total, missing,
                    counts[0] + counts[1], ratio(counts[0], counts[0] + counts[1]),
                    ratio(counts[0], counts[0] + counts[2]), ratio(counts[0] + counts[3], total),
                    ratio(counts[3], counts[3] + counts[2]));
        }
    }

    private static int nearest(String body, String content, int cueAt) {
        if (body == null) {
            return -1;
        }
        int best = -1;
        for (int i = body.indexOf(content); i >= 0; i = body.indexOf(content, i + 1)) {
            if (best < 0 || Math.abs(i - cueAt) < Math.abs(best - cueAt)) {
                best = i;
            }
        }
        return best;
    }

    private static int sentenceEnd(String body, int from) {
        for (int i = from; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '.' || c == '\n' || c == '!' || c == '?' || c == '\u061F') {
                return i;
            }
        }
        return body.length();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }
}

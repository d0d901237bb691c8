package org.mizan.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mizan.core.stance.ContentWord;
import org.mizan.core.stance.PairAnalysis;
import org.mizan.core.stance.TextStance;

/**
 * Reads lines "contentA TAB contentB" on stdin and prints how the linker's word comparison sees each pair:
 * the share of each side's content words found on the other, how many are shared, whether a decisive
 * clash (negation, antonym, other number) forbids a report link, and the words left unmatched — so that
 * missed links can be told apart (too few shared words, a clash, a word the stemmer splits).
 *
 * <pre>java -cp bench/target/benchmarks.jar org.mizan.bench.ExplainPairs &lt; pairs.tsv</pre>
 */
public final class ExplainPairs {

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] two = line.split("\t");
            if (two.length < 2) {
                continue;
            }
            PairAnalysis p = new PairAnalysis(two[0], two[1]);
            int shared = 0;
            for (int m : p.matchA) {
                shared += m >= 0 ? 1 : 0;
            }
            System.out.printf("covA=%.2f covB=%.2f shared=%d clash=%s onlyA=%s onlyB=%s%n", p.coverageA(), p.coverageB(),
                    shared, TextStance.decisiveClash(p), words(p.unmatchedWords(true)), words(p.unmatchedWords(false)));
        }
    }

    private static List<String> words(List<ContentWord> ws) {
        List<String> out = new ArrayList<>();
        ws.forEach(w -> out.add(w.token().text()));
        return out;
    }
}

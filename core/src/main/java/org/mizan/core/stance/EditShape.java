package org.mizan.core.stance;

import java.util.List;
import org.mizan.core.Span;
import org.mizan.core.semantics.Token;

/**
 * How b was written from a, word by word. A reporter who contradicts a headline usually keeps it and
 * changes one stretch ("ينتقدون" for "يدافعون", "بوليوود" for "هوليوود"); one who restates it rewrites it,
 * turning verbs into nouns and moving the subject ("نيكاي يرتفع" / "ارتفاع لمؤشر نيكاي"). So the share of
 * words b copies in order, the number of stretches it changes, and how far it reorders the words it
 * shares with a tell the two apart where the words alone do not.
 *
 * @param sharedTokens tokens of the longest common subsequence of the two token sequences (folded)
 * @param longerLength tokens of the longer side
 * @param stretches    maximal runs of tokens outside that subsequence (a change, insertion or deletion)
 * @param inversions   share of pairs of aligned content words whose order b reverses (0 when fewer than two)
 * @param alignedPairs pairs of aligned content words that inversions counts over
 * @param changedA     the first changed stretch on a's side, or null when b only inserts there
 * @param changedB     the first changed stretch on b's side, or null when b only deletes there
 */
record EditShape(int sharedTokens, int longerLength, int stretches, double inversions, int alignedPairs,
                 Span changedA, Span changedB) {

    /** Share of the longer side's tokens that b copies in order from a. */
    double copiedShare() {
        return longerLength == 0 ? 0 : sharedTokens / (double) longerLength;
    }

    static EditShape of(PairAnalysis p) {
        List<Token> x = p.tokensA;
        List<Token> y = p.tokensB;
        int[][] lcs = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                lcs[i][j] = same(x.get(i), y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int stretches = 0;
        int[] first = null; // {startA, endA, startB, endB} in tokens
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && same(x.get(i), y.get(j))) {
                i++;
                j++;
                continue;
            }
            int si = i;
            int sj = j;
            while ((i < x.size() || j < y.size()) && !(i < x.size() && j < y.size() && same(x.get(i), y.get(j)))) {
                if (j >= y.size() || i < x.size() && lcs[i + 1][j] >= lcs[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
            stretches++;
            if (first == null) {
                first = new int[] {si, i, sj, j};
            }
        }
        int pairs = 0;
        int inverted = 0;
        for (int a = 0; a < p.matchA.length; a++) {
            for (int b = a + 1; b < p.matchA.length; b++) {
                if (p.matchA[a] >= 0 && p.matchA[b] >= 0) {
                    pairs++;
                    inverted += p.matchA[b] < p.matchA[a] ? 1 : 0;
                }
            }
        }
        return new EditShape(lcs[0][0], Math.max(x.size(), y.size()), stretches,
                pairs == 0 ? 0 : inverted / (double) pairs, pairs,
                first == null ? null : span(p.a, x, first[0], first[1]),
                first == null ? null : span(p.b, y, first[2], first[3]));
    }

    private static boolean same(Token s, Token t) {
        return s.folded().equals(t.folded());
    }

    private static Span span(String text, List<Token> tokens, int from, int to) {
        return from >= to ? null : Span.of(text, tokens.get(from).start(), tokens.get(to - 1).end());
    }
}

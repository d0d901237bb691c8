package org.mizan.web.article;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.mizan.web.claim.ClaimEntity;

/**
 * A run of an article's body for display: plain text, a claim's cue, or a claim's content. Claims may
 * nest (a statement reported inside another); each run is marked with the innermost claim covering it.
 * The template escapes every run; nothing here is HTML.
 */
public record TextSegment(String text, String role, ClaimEntity claim) {

    public boolean marked() {
        return claim != null;
    }

    /** Paragraphs of the body, each a list of segments; paragraph breaks are blank lines in the text. */
    public static List<TextSegment> of(ArticleEntity article) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(article.bodyStart, article.bodyEnd));
        for (ClaimEntity c : article.claims) {
            for (int offset : new int[] {c.cueStart, c.cueEnd, c.contentStart, c.contentEnd}) {
                if (offset > article.bodyStart && offset < article.bodyEnd) {
                    cuts.add(offset);
                }
            }
        }
        List<TextSegment> segments = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null && cut > previous) {
                segments.add(segment(article, previous, cut));
            }
            previous = cut;
        }
        return segments;
    }

    private static TextSegment segment(ArticleEntity article, int start, int end) {
        ClaimEntity innermost = null;
        String role = "text";
        int innermostLength = Integer.MAX_VALUE;
        for (ClaimEntity c : article.claims) {
            if (start >= c.cueStart && end <= c.cueEnd && c.cueEnd - c.cueStart < innermostLength) {
                innermost = c;
                role = "cue";
                innermostLength = c.cueEnd - c.cueStart;
            } else if (start >= c.contentStart && end <= c.contentEnd && c.contentEnd - c.contentStart < innermostLength) {
                innermost = c;
                role = "content";
                innermostLength = c.contentEnd - c.contentStart;
            }
        }
        return new TextSegment(article.text.substring(start, end), role, innermost);
    }
}

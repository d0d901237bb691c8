package org.mizan.core.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How rare a stem is in news text (inverse document frequency), mined from a news corpus by
 * {@code bench/.../MineTermRarity} into {@code term-rarity.tsv}: a name or a place that few articles use
 * says much more about an event than "said" or "minister", and no word list has to say which is which.
 */
public final class TermRarity {

    private static final TermRarity STANDARD = load("term-rarity.tsv");

    private final int articles;
    private final Map<String, Integer> df;

    TermRarity(int articles, Map<String, Integer> df) {
        this.articles = articles;
        this.df = Map.copyOf(df);
    }

    public static TermRarity standard() {
        return STANDARD;
    }

    /** log((N + 1) / (df + 1)): a stem the corpus never saw counts as the rarest. */
    public double idf(String stem) {
        return Math.log((articles + 1.0) / (df.getOrDefault(stem, 0) + 1.0));
    }

    /** How many of the corpus's articles use the stem. */
    int articlesWith(String stem) {
        return df.getOrDefault(stem, 0);
    }

    /** True for a stem in more than {@code share} of the corpus's articles: it names no event. */
    public boolean common(String stem, double share) {
        return df.getOrDefault(stem, 0) > share * articles;
    }

    private static TermRarity load(String name) {
        try (InputStream in = TermRarity.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int articles = 0;
            Map<String, Integer> df = new HashMap<>();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t");
                if (line.startsWith("#articles")) {
                    articles = Integer.parseInt(f[1]);
                } else if (f.length == 2 && !line.startsWith("#")) {
                    df.put(f[0], Integer.parseInt(f[1]));
                }
            }
            return new TermRarity(articles, df);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

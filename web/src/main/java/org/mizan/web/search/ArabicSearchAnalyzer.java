package org.mizan.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.mizan.core.text.ArabicFolding;

/**
 * How search sees Arabic words, the same at index and at query time: folded (alef forms, ى, ة, diacritics,
 * tatweel, Arabic-Indic digits — {@link ArabicFolding}), lower-cased, light-stemmed (ال, و, لل and the
 * common suffixes), and — stacked at the same position — the word with one or two one-letter proclitics
 * (ل ب ك ف و) taken off. So «لحفتر» is indexed as itself and as «حفتر», and the query «لحفتر» asks for
 * either: each finds the other and «خليفة حفتر». Words are matched whole: «سيرغي» does not find «سيرغب».
 */
public final class ArabicSearchAnalyzer extends Analyzer {

    private static final String PROCLITICS = "لبكفو";
    /** A clitic comes off only a word longer than this: «بلد» stays «بلد». */
    private static final int MIN_STRIPPED = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new VariantsFilter(source));
    }

    /** The index terms of one word: its stem first, then its stems without proclitics. */
    public static List<String> variants(String word) {
        String token = ArabicFolding.fold(word).toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(stemOrSelf(token));
        String rest = token;
        // Up to two stacked proclitics: «ولحفتر» = و + ل + حفتر.
        for (int i = 0; i < 2 && rest.length() > MIN_STRIPPED && PROCLITICS.indexOf(rest.charAt(0)) >= 0; i++) {
            rest = rest.substring(1);
            out.add(stemOrSelf(rest));
        }
        return List.copyOf(out);
    }

    private static String stemOrSelf(String token) {
        String stem = ArabicFolding.stem(token);
        return stem.isEmpty() ? token : stem;
    }

    /** The query's words, each as the terms any of which may match it (one group per word). */
    public List<Set<String>> termGroups(String field, String text) {
        List<Set<String>> groups = new ArrayList<>();
        try (TokenStream ts = tokenStream(field, text == null ? "" : text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (inc.getPositionIncrement() > 0 || groups.isEmpty()) {
                    groups.add(new LinkedHashSet<>());
                }
                groups.get(groups.size() - 1).add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }

    /**
     * Where the query's words stand in a text, as [start, end) offsets into the ORIGINAL text: each word
     * of the text one of whose terms is a term of the query (so «حفتر» marks «لحفتر»).
     */
    public List<int[]> hits(String text, String query) {
        Set<String> wanted = new LinkedHashSet<>();
        termGroups("body", query).forEach(wanted::addAll);
        List<int[]> out = new ArrayList<>();
        if (text == null || wanted.isEmpty()) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (variants(m.group()).stream().anyMatch(wanted::contains)) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    /** Replaces each token by its {@link #variants}, the extra ones stacked at the same position. */
    static final class VariantsFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
        private final Deque<String> pending = new ArrayDeque<>();

        VariantsFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!pending.isEmpty()) {
                term.setEmpty().append(pending.pop());
                inc.setPositionIncrement(0);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            List<String> v = variants(term.toString());
            term.setEmpty().append(v.get(0));
            pending.addAll(v.subList(1, v.size()));
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending.clear();
        }
    }
}

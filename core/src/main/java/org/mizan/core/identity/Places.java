package org.mizan.core.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.core.semantics.ArabicTokenizer;
import org.mizan.core.semantics.Token;
import org.mizan.core.text.Affix;
import org.mizan.core.text.ArabicFolding;
import org.mizan.core.text.LexiconFile;

/**
 * Countries and regions named in a text (places.tsv): by name, capital or nisba adjective, so that
 * "واشنطن", "الولايات المتحدة" and "الأميركية" are one place and "إيران" and "السورية" are two.
 */
public final class Places {

    /** One mention: the place key and the tokens [start, end) that name it. */
    public record Mention(String key, int start, int end) {
    }

    /** A word sequence (folded, without ال on its first word) and the place it names. */
    private record Form(String key, List<String> words) {
    }

    /** Forms by their first word, longest first, so that "جنوب أفريقيا" wins over "أفريقيا". */
    private static final Map<String, List<Form>> FORMS = load();

    private Places() {
    }

    /**
     * Every one-word form (folded, without ال): names and capitals ("المانيا" as مانيا، "برلين") and nisba
     * adjectives ("الماني"): what the attribution lexicons take for states and nationalities.
     */
    public static Set<String> oneWordForms() {
        Set<String> out = new HashSet<>();
        FORMS.values().forEach(forms -> forms.stream().filter(f -> f.words().size() == 1).forEach(f -> out.add(f.words().get(0))));
        return Set.copyOf(out);
    }

    /** The keys of the places a text names ("وزارة الخارجية المصرية" -> egypt). */
    public static Set<String> keysIn(String text) {
        Set<String> out = new HashSet<>();
        for (Mention m : in(ArabicTokenizer.tokenize(text))) {
            out.add(m.key());
        }
        return out;
    }

    /** The places the tokens name, in text order, each span of tokens read once. */
    public static List<Mention> in(List<Token> tokens) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Form hit = null;
            for (String reading : readings(tokens.get(i))) {
                for (Form f : FORMS.getOrDefault(reading, List.of())) {
                    if (followedBy(tokens, i, f.words()) && (hit == null || f.words().size() > hit.words().size())) {
                        hit = f;
                    }
                }
            }
            if (hit != null) {
                out.add(new Mention(hit.key(), i, i + hit.words().size()));
                i += hit.words().size() - 1;
            }
        }
        return out;
    }

    private static boolean followedBy(List<Token> tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            if (!tokens.get(i + k).folded().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The token's clitic-stripped readings, plus the masculine singular of a feminine or plural nisba
     * ("المصرية", "مصريون", "المصريين" -> مصري), which the tokenizer leaves whole.
     */
    private static List<String> readings(Token t) {
        List<String> out = new ArrayList<>(t.bases());
        for (String b : t.bases()) {
            for (String ending : IdentityWord.ADJECTIVE_ENDING.list()) {
                if (b.endsWith(ending) && b.length() - ending.length() >= 4
                        && Affix.NISBA.isLetter(b.charAt(b.length() - ending.length() - 1))) {
                    out.add(b.substring(0, b.length() - ending.length()));
                }
            }
        }
        return out;
    }

    private static Map<String, List<Form>> load() {
        Map<String, List<Form>> map = new HashMap<>();
        for (String[] cols : LexiconFile.rows(Places.class, "places.tsv")) {
            if (cols.length != 2) {
                throw new IllegalStateException("places.tsv: key<TAB>words expected: " + String.join("\t", cols));
            }
            for (String form : cols[1].split("\\|")) {
                List<String> words = new ArrayList<>(List.of(ArabicFolding.fold(form.trim()).split(" ")));
                String first = words.get(0);
                if (Affix.DEFINITE_ARTICLE.prefixes(first) && first.length() > 4) {
                    words.set(0, first.substring(2));
                }
                if (words.size() == 1 && words.get(0).length() < 3) {
                    throw new IllegalStateException("places.tsv: too short to match safely: " + form);
                }
                map.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Form(cols[0], List.copyOf(words)));
            }
        }
        map.replaceAll((k, v) -> v.stream().sorted((x, y) -> y.words().size() - x.words().size()).toList());
        return Map.copyOf(map);
    }
}

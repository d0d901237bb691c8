package org.mizan.core.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mizan.core.Claim;
import org.mizan.core.SpeakerKind;
import org.mizan.core.text.ArabicFolding;

/**
 * What an article says its event is: the rare words of its title and lead, weighted by rarity (tf-idf,
 * unit length, the strongest {@value #MAX_TERMS} kept), and the people and organisations it quotes.
 *
 * @param terms     stem to weight, strongest first, unit length
 * @param entities  folded names of the people and organisations its claims quote, with a person's
 *                  surname on its own ("خليفة حفتر" and "حفتر" meet)
 */
public record ArticleProfile(String articleId, String outlet, LocalDate day, String title,
                             Map<String, Double> terms, Set<String> entities) {

    static final int MAX_TERMS = 25;
    /** A stem in more than this share of news articles names no event ("said", "minister"); rarer ones count by their rarity. */
    static final double COMMON_SHARE = 0.25;
    /** A title word says more about the event than a lead word: the editor chose it to name it. */
    static final double TITLE_WEIGHT = 2.0;

    public ArticleProfile {
        terms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(terms));
        entities = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(entities));
    }

    public static ArticleProfile of(String articleId, String outlet, LocalDate day, String title, String body,
                                    Collection<Claim> claims, TermRarity rarity) {
        Map<String, Double> weights = new LinkedHashMap<>();
        EventTerms.stems(title, rarity).forEach(s -> weights.merge(s, TITLE_WEIGHT, Double::sum));
        EventTerms.stems(EventTerms.lead(body), rarity).forEach(s -> weights.merge(s, 1.0, Double::sum));
        weights.keySet().removeIf(s -> rarity.common(s, COMMON_SHARE));
        weights.replaceAll((s, tf) -> (1 + Math.log(tf)) * rarity.idf(s));
        List<Map.Entry<String, Double>> strongest = new ArrayList<>(weights.entrySet());
        strongest.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        strongest = strongest.subList(0, Math.min(MAX_TERMS, strongest.size()));
        double norm = Math.sqrt(strongest.stream().mapToDouble(e -> e.getValue() * e.getValue()).sum());
        Map<String, Double> terms = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : strongest) {
            terms.put(e.getKey(), e.getValue() / norm);
        }
        return new ArticleProfile(articleId, outlet, day, title, terms, entities(claims));
    }

    /** The quoted people's and organisations' names, folded; anonymous sources and documents are no one. */
    static Set<String> entities(Collection<Claim> claims) {
        Set<String> out = new LinkedHashSet<>();
        for (Claim c : claims) {
            if (c.speaker() == null || c.speaker().name() == null) {
                continue;
            }
            SpeakerKind kind = c.speaker().kind();
            if (kind != SpeakerKind.PERSON && kind != SpeakerKind.ORGANIZATION) {
                continue;
            }
            String name = ArabicFolding.fold(c.speaker().name()).replaceAll("[\\p{P}\\p{S}]+", " ").strip()
                    .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (name.length() < EventTerms.MIN_STEM) {
                continue;
            }
            out.add(name);
            String[] words = name.split(" ");
            if (kind == SpeakerKind.PERSON && words.length >= 2 && words[words.length - 1].length() >= EventTerms.MIN_STEM) {
                out.add(words[words.length - 1]);
            }
        }
        return out;
    }

    /** The terms as stored: "stem weight" pairs separated by spaces. */
    public String termsText() {
        StringBuilder b = new StringBuilder();
        terms.forEach((s, w) -> b.append(b.isEmpty() ? "" : " ").append(s).append(' ').append(String.format(Locale.ROOT, "%.4f", w)));
        return b.toString();
    }

    /** The entities as stored: separated by "|". */
    public String entitiesText() {
        return String.join("|", entities);
    }

    /** A profile read back from {@link #termsText()} and {@link #entitiesText()}. */
    public static ArticleProfile stored(String articleId, String outlet, LocalDate day, String title,
                                        String termsText, String entitiesText) {
        Map<String, Double> terms = new LinkedHashMap<>();
        if (termsText != null && !termsText.isBlank()) {
            String[] f = termsText.strip().split(" ");
            for (int i = 0; i + 1 < f.length; i += 2) {
                terms.put(f[i], Double.parseDouble(f[i + 1]));
            }
        }
        Set<String> entities = new LinkedHashSet<>();
        if (entitiesText != null && !entitiesText.isBlank()) {
            entities.addAll(List.of(entitiesText.split("\\|")));
        }
        return new ArticleProfile(articleId, outlet, day, title, terms, entities);
    }
}

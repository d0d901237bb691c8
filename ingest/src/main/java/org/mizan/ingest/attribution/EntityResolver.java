package org.mizan.ingest.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.core.SpeakerKind;
import org.mizan.core.text.Affix;
import org.mizan.core.text.ArabicFolding;

/**
 * Gives every speaker mention of one article its identity: "السراج" is "فايز السراج" (surname against
 * an earlier full name, after folding), "الوزير" is the latest person whose role has that title,
 * "البيان" the latest statement. Stateful: one resolver per article, fed mentions in text order.
 *
 * <p>Linear in the article: descriptions and partial names are searched among the {@link #WINDOW} most
 * recently mentioned entities (a reader's focus, not the whole article); a name met earlier is found
 * beyond that through an index of name tokens, and each name is folded and split once.
 */
public final class EntityResolver {

    /** How many recently mentioned entities a description or partial name may refer back to. */
    static final int WINDOW = 200;

    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, List<String>> tokenCache = new HashMap<>();
    private final Set<String> nameWords = new HashSet<>();
    /** Named entities by the last token of each of their names: the surname a later mention repeats. */
    private final Map<String, List<Entity>> byLastToken = new HashMap<>();

    public Entity resolve(Mention m) {
        Entity found = m.description() ? byDescription(m) : byName(m);
        if (found == null) {
            found = new Entity(m);
        } else {
            found.add(m);
            int at = entities.lastIndexOf(found);
            entities.remove(at); // cheap: a found entity is almost always among the latest
        }
        entities.add(found); // most recently mentioned last: descriptions refer to the latest
        index(found);
        return found;
    }

    private void index(Entity e) {
        for (String n : e.names()) {
            List<String> t = tokens(n);
            for (String w : ArabicFolding.fold(n).split(" ")) {
                nameWords.add(w);
            }
            if (!t.isEmpty()) {
                List<Entity> list = byLastToken.computeIfAbsent(t.get(t.size() - 1), k -> new ArrayList<>());
                if (!list.contains(e)) {
                    list.add(e);
                }
            }
        }
    }

    private int windowStart() {
        return Math.max(0, entities.size() - WINDOW);
    }

    /** An existing entity this mention names, without registering a new one; null if none. */
    public Entity find(Mention m) {
        return m.description() ? byDescription(m) : byName(m);
    }

    /** Whether a folded word belongs to the name of an entity met so far ("الجبير" after "عادل الجبير"). */
    public boolean knowsNameWord(String folded) {
        return nameWords.contains(folded);
    }

    /** The most recently mentioned person with a name, or null. */
    public Entity latestNamedPerson() {
        for (int i = entities.size() - 1; i >= windowStart(); i--) {
            if (entities.get(i).kind() == SpeakerKind.PERSON && !entities.get(i).names().isEmpty()) {
                return entities.get(i);
            }
        }
        return null;
    }

    public List<Entity> entities() {
        return List.copyOf(entities);
    }

    private Entity byDescription(Mention m) {
        String head = stripArticle(m.head());
        if (m.kind() == SpeakerKind.PERSON) {
            // the latest person with that title, preferring the one whose role shares most words:
            // "وزير الخارجية الروسي" is the Russian foreign minister, not the latest minister
            List<String> words = m.role() == null ? List.of() : roleWords(m.role());
            Entity best = null;
            int bestShared = -1;
            for (int i = entities.size() - 1; i >= windowStart(); i--) {
                Entity e = entities.get(i);
                if (best == null && describesSource(e, head)) {
                    return e; // "مصدر قيادي في الحركة" … "القيادي": the description repeats the source's noun
                }
                if (e.kind() != SpeakerKind.PERSON || e.role() == null || !folded(e.role()).contains(head)
                        || e.names().isEmpty()) {
                    continue;
                }
                if (!couldBe(m, e)) {
                    continue;
                }
                List<String> role = roleWords(e.role());
                int shared = (int) words.stream().filter(role::contains).count();
                if (shared > bestShared) {
                    best = e;
                    bestShared = shared;
                }
            }
            return best;
        }
        for (int i = entities.size() - 1; i >= windowStart(); i--) {
            Entity e = entities.get(i);
            if (m.kind() != SpeakerKind.PERSON && stripArticle(e.head()).equals(head) && e != null) {
                return e;
            }
        }
        return null;
    }

    /** An anonymous source whose own words hold the description's head noun. */
    private boolean describesSource(Entity e, String head) {
        if (e.kind() != SpeakerKind.ANONYMOUS || e.names().isEmpty()) {
            return false;
        }
        List<String> words = tokens(e.names().get(0));
        return words.size() > 1 && words.subList(1, words.size()).contains(head);
    }

    /**
     * A named person whose role repeats a nameless mention met earlier ("نائب سفير تشاد" ... "نائب
     * سفير تشاد في باريس فلان الفلاني") is that same person.
     */
    private Entity namelessWithRole(Mention m) {
        if (m.kind() != SpeakerKind.PERSON || m.role() == null || m.name() == null) {
            return null;
        }
        List<String> role = tokens(m.role());
        for (int i = entities.size() - 1; i >= windowStart(); i--) {
            Entity e = entities.get(i);
            if (e.names().isEmpty() && e.role() != null && (e.kind() == SpeakerKind.PERSON || e.kind() == SpeakerKind.ANONYMOUS)) {
                List<String> other = tokens(e.role());
                if (other.size() >= 2 && role.containsAll(other)) {
                    return e;
                }
            }
        }
        return null;
    }

    private Entity byName(Mention m) {
        if (m.name() == null) {
            return null;
        }
        Entity byRole = null;
        List<String> tokens = tokens(m.name());
        if (tokens.isEmpty()) {
            return null;
        }
        for (int i = entities.size() - 1; i >= windowStart(); i--) {
            if (namedBy(entities.get(i), m, tokens)) {
                return entities.get(i);
            }
        }
        if (windowStart() > 0) {
            // beyond the window only a name sharing its last token can match: look those up directly
            List<Entity> sameLast = byLastToken.getOrDefault(tokens.get(tokens.size() - 1), List.of());
            for (int i = sameLast.size() - 1; i >= 0; i--) {
                if (namedBy(sameLast.get(i), m, tokens)) {
                    return sameLast.get(i);
                }
            }
        }
        byRole = namelessWithRole(m);
        return byRole;
    }

    private boolean namedBy(Entity e, Mention m, List<String> tokens) {
        for (String n : e.names()) {
            List<String> other = tokens(n);
            if (other.equals(tokens)) {
                return true;
            }
            if (m.kind() == SpeakerKind.PERSON && e.kind() == SpeakerKind.PERSON && !other.isEmpty()
                    && other.get(other.size() - 1).equals(tokens.get(tokens.size() - 1))
                    && (tokens.size() == 1 || other.size() == 1 || other.containsAll(tokens) || tokens.containsAll(other))) {
                return true;
            }
            if (m.kind() != SpeakerKind.PERSON && e.kind() == m.kind()
                    && (folded(n).contains(folded(m.name())) || folded(m.name()).contains(folded(n))
                        || sameHeadAndProperName(other, tokens))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "حركة المقاومة الوطنية «نصر»" and later "حركة «نصر»": a body named by its head noun and its own name
     * (the last word), the shorter wording's words all in the longer.
     */
    private static boolean sameHeadAndProperName(List<String> a, List<String> b) {
        if (a.size() < 2 || b.size() < 2 || a.size() == b.size()) {
            return false;
        }
        List<String> longer = a.size() > b.size() ? a : b;
        List<String> shorter = longer == a ? b : a;
        return longer.get(0).equals(shorter.get(0)) && longer.get(longer.size() - 1).equals(shorter.get(shorter.size() - 1))
                && longer.containsAll(shorter);
    }

    /** Whether a description could name an entity: no role, or a role compatible with the description's. */
    boolean couldBe(Mention description, Entity e) {
        return e.role() == null || description.role() == null
                || compatibleRoles(roleWords(description.role()), roleWords(e.role())) && !otherOffice(description.role(), e.role());
    }

    /**
     * A construct chain ends at its first definite noun: "نائب الرئيس" is complete, while "نائب رئيس
     * الوزراء" runs on through an indefinite رئيس — another office. True when the description has a
     * definite word where the earlier role has the same word bare, followed by a further genitive.
     */
    static boolean otherOffice(String description, String earlier) {
        if (description == null || earlier == null) {
            return false;
        }
        String[] d = ArabicFolding.fold(description).split("\\s+");
        String[] e = ArabicFolding.fold(earlier).split("\\s+");
        for (int k = 1; k < d.length && k + 1 < e.length; k++) {
            if (Affix.DEFINITE_ARTICLE.prefixes(d[k]) && !Affix.DEFINITE_ARTICLE.prefixes(e[k])
                    && d[k].substring(2).equals(e[k])
                    && Affix.DEFINITE_ARTICLE.prefixes(e[k + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a description's role can be an earlier role: a nationality it names must not meet another
     * one ("وزير الخارجية الأمريكي" is not "وزير الخارجية القطري"). Other modifiers are not compared:
     * one office is worded many ways ("رئيس الحكومة" / "رئيس الوزراء").
     */
    static boolean compatibleRoles(List<String> description, List<String> earlier) {
        Lexicons lex = Lexicons.get();
        boolean otherNationality = description.stream().anyMatch(w -> lex.isCountryNisba(w) && !earlier.contains(w))
                && earlier.stream().anyMatch(lex::isCountryNisba);
        return !otherNationality;
    }

    /** A role's words with nisba adjectives in one gender: "الحكومة الإسرائيلية" shares الإسرائيلي. */
    private List<String> roleWords(String role) {
        List<String> out = new ArrayList<>();
        for (String w : tokens(role)) {
            w = Affix.LAM_ARTICLE.prefixes(w) && w.length() > 4 ? w.substring(2) : w; // "للمعارضة": the genitive after ل
            out.add(Affix.NISBA_FEMININE.suffixes(w) ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    private List<String> tokens(String name) {
        return tokenCache.computeIfAbsent(name, n -> {
            List<String> out = new ArrayList<>();
            for (String w : folded(n).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    out.add(stripArticle(w));
                }
            }
            return List.copyOf(out);
        });
    }

    private static String folded(String s) {
        return ArabicFolding.fold(s);
    }

    private static String stripArticle(String w) {
        if (Affix.WA_ARTICLE.prefixes(w) && w.length() > 5) {
            w = w.substring(1);
        }
        return WordList.stripArticle(w);
    }
}

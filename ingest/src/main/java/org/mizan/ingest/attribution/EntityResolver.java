package org.mizan.ingest.attribution;

import java.util.ArrayList;
import java.util.List;
import org.mizan.core.SpeakerKind;
import org.mizan.core.text.ArabicFolding;

/**
 * Gives every speaker mention of one article its identity: "السراج" is "فايز السراج" (surname against
 * an earlier full name, after folding), "الوزير" is the latest person whose role has that title,
 * "البيان" the latest statement. Stateful: one resolver per article, fed mentions in text order.
 */
public final class EntityResolver {

    private final List<Entity> entities = new ArrayList<>();

    public Entity resolve(Mention m) {
        Entity found = m.description() ? byDescription(m) : byName(m);
        if (found == null) {
            found = new Entity(m);
            entities.add(found);
        } else {
            found.add(m);
            entities.remove(found);
            entities.add(found); // most recently mentioned last: descriptions refer to the latest
        }
        return found;
    }

    /** An existing entity this mention names, without registering a new one; null if none. */
    public Entity find(Mention m) {
        return m.description() ? byDescription(m) : byName(m);
    }

    /** Whether a folded word belongs to the name of an entity met so far ("الجبير" after "عادل الجبير"). */
    public boolean knowsNameWord(String folded) {
        for (Entity e : entities) {
            if (e.hasNameWord(folded)) {
                return true;
            }
        }
        return false;
    }

    /** The most recently mentioned person with a name, or null. */
    public Entity latestNamedPerson() {
        for (int i = entities.size() - 1; i >= 0; i--) {
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
            for (int i = entities.size() - 1; i >= 0; i--) {
                Entity e = entities.get(i);
                if (e.kind() != SpeakerKind.PERSON || e.role() == null || !folded(e.role()).contains(head)
                        || e.names().isEmpty()) {
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
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            if (m.kind() != SpeakerKind.PERSON && stripArticle(e.head()).equals(head) && e != null) {
                return e;
            }
        }
        return null;
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
        for (int i = entities.size() - 1; i >= 0; i--) {
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
        for (int i = entities.size() - 1; i >= 0; i--) {
            Entity e = entities.get(i);
            for (String n : e.names()) {
                List<String> other = tokens(n);
                if (other.equals(tokens)) {
                    return e;
                }
                if (m.kind() == SpeakerKind.PERSON && e.kind() == SpeakerKind.PERSON && !other.isEmpty()
                        && other.get(other.size() - 1).equals(tokens.get(tokens.size() - 1))
                        && (tokens.size() == 1 || other.size() == 1 || other.containsAll(tokens) || tokens.containsAll(other))) {
                    return e;
                }
                if (m.kind() != SpeakerKind.PERSON && e.kind() == m.kind()
                        && (folded(n).contains(folded(m.name())) || folded(m.name()).contains(folded(n)))) {
                    return e;
                }
            }
        }
        byRole = namelessWithRole(m);
        return byRole;
    }

    /** A role's words with nisba adjectives in one gender: "الحكومة الإسرائيلية" shares الإسرائيلي. */
    private static List<String> roleWords(String role) {
        List<String> out = new ArrayList<>();
        for (String w : tokens(role)) {
            out.add(w.endsWith("يه") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    private static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String w : folded(name).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(stripArticle(w));
            }
        }
        return out;
    }

    private static String folded(String s) {
        return ArabicFolding.fold(s);
    }

    private static String stripArticle(String w) {
        if (w.startsWith("وال") && w.length() > 5) {
            w = w.substring(1);
        }
        return WordList.stripArticle(w);
    }
}

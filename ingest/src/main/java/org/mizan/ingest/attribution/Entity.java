package org.mizan.ingest.attribution;

import java.util.ArrayList;
import java.util.List;
import org.mizan.core.SpeakerKind;

/** One speaker identity within an article, gathering every name the text gives it. */
public final class Entity {

    private final SpeakerKind kind;
    private final List<String> names = new ArrayList<>();
    private String role;
    private String head;
    private boolean feminine;
    private boolean plural;
    private String lastMention;
    private final java.util.Set<Integer> mentionStarts = new java.util.HashSet<>();

    Entity(Mention m) {
        this.kind = m.kind();
        this.head = m.head();
        this.feminine = m.feminine();
        this.plural = m.plural();
        this.role = m.role();
        add(m);
    }

    void add(Mention m) {
        if (m.name() != null && !m.name().isBlank() && !names.contains(m.name())) {
            names.add(m.name());
        }
        if (m.role() != null && (role == null || m.role().length() > role.length() && !m.description())) {
            role = m.role();
        }
        lastMention = m.span().text();
        mentionStarts.add(m.span().start());
    }

    /** Whether this entity was already registered from a mention starting at {@code offset}. */
    boolean mentionedAt(int offset) {
        return mentionStarts.contains(offset);
    }

    /** The canonical name: the longest name the article gives (title excluded), else the first mention. */
    public String canonicalName() {
        String best = null;
        for (String n : names) {
            if (best == null || n.split(" ").length > best.split(" ").length) {
                best = n;
            }
        }
        return best != null ? best : lastMention;
    }

    public SpeakerKind kind() {
        return kind;
    }

    public String role() {
        return role;
    }

    String head() {
        return head;
    }

    List<String> names() {
        return names;
    }

    /** Whether a folded word is one of the words of this entity's names. */
    boolean hasNameWord(String folded) {
        for (String n : names) {
            for (String w : org.mizan.core.text.ArabicFolding.fold(n).split(" ")) {
                if (w.equals(folded)) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean feminine() {
        return feminine;
    }

    boolean plural() {
        return plural;
    }

    /** The words of the latest explicit mention: what an implicit speaker points back to. */
    public String lastMention() {
        return lastMention;
    }
}

package org.mizan.core.link;

import org.mizan.core.text.LexiconFile;

import org.mizan.core.identity.NameTokens;

import org.mizan.core.text.ArabicFolding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keys proposition objects. Objects of one class (object-classes.tsv: agreement, ceasefire, truce,
 * deal, initiative, proposal are all "agreement") share one key, so "الاتفاق" and "مبادرة وقف إطلاق
 * النار" are the same object; the linker only ever compares claims inside one time window, which is
 * what makes "the agreement" mean the same agreement. Other objects key on their stemmed content words.
 */
public final class ObjectResolver {

    private static final Set<String> STOP_WORDS = LinkWord.STOP_WORD.words();

    private record ClassEntry(String objectClass, List<String> tokens) {
    }

    private final List<ClassEntry> entries;
    /** Resolved objects by wording and default class: pure, so a bounded cache is safe. */
    private final java.util.Map<String, ObjectRef> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private ObjectResolver(List<ClassEntry> entries) {
        this.entries = entries;
    }

    public static ObjectResolver standard() {
        List<ClassEntry> entries = new ArrayList<>();
        for (String[] row : LexiconFile.rows(ObjectResolver.class, "object-classes.tsv", 2)) {
            entries.add(new ClassEntry(row[0], words(row[1])));
        }
        return new ObjectResolver(entries);
    }

    /** The class of an object ("agreement"), or null when no class word occurs in it. */
    public String classOf(String object) {
        List<String> words = words(object);
        for (ClassEntry e : entries) {
            if (indexOf(words, e.tokens()) >= 0) {
                return e.objectClass();
            }
        }
        return null;
    }

    /**
     * Resolves an object; when it is null or empty, {@code defaultClass} (the predicate's own class,
     * as cease_fire implies an agreement) stands for it.
     */
    public ObjectRef resolve(String object, String defaultClass) {
        if (object == null || object.isBlank()) {
            return new ObjectRef(null, defaultClass == null ? "" : "class:" + defaultClass, defaultClass);
        }
        String cacheKey = object + '\u0001' + defaultClass;
        ObjectRef cached = cache.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        if (cache.size() >= 100_000) {
            cache.clear();
        }
        ObjectRef resolved = resolveUncached(object);
        cache.put(cacheKey, resolved);
        return resolved;
    }

    private ObjectRef resolveUncached(String object) {
        String objectClass = classOf(object);
        if (objectClass != null) {
            return new ObjectRef(object, "class:" + objectClass, objectClass);
        }
        Set<String> stems = new TreeSet<>();
        for (String w : words(object)) {
            if (!STOP_WORDS.contains(w) && w.length() > 1) {
                stems.add(ArabicFolding.stem(w));
            }
        }
        return new ObjectRef(object, String.join(" ", stems), null);
    }

    /** Folded words with one clitic and ال dropped ("لمبادرة" -> "مبادره"). */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String t : NameTokens.raw(text)) {
            String w = NameTokens.dropClitics(t.replace(".", ""));
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static int indexOf(List<String> words, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                String w = words.get(i + j);
            String p = phrase.get(j);
            // A leading preposition the clitic rule left on ("لمبادره"): try the word without it.
            if (!w.equals(p) && !(w.length() > 4 && LinkWord.PROCLITIC_LETTER.isLetter(w.charAt(0))
                    && w.substring(1).equals(p))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

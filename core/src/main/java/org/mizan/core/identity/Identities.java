package org.mizan.core.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.mizan.core.SpeakerKind;
import org.mizan.core.semantics.ArabicTokenizer;
import org.mizan.core.semantics.Token;
import org.mizan.core.text.Affix;
import org.mizan.core.text.ArabicFolding;

/**
 * The one place that decides whether two mentions in different articles name one entity: speaker pages
 * (the web's speaker directory) and linking ({@link ActorResolver}) both ask it. The rules:
 * <ul>
 *   <li>Titles and the nationality after them are not the name: "المشير خليفة حفتر" is "خليفة حفتر".</li>
 *   <li>Two full names are one person when their first names and surnames are one name, written the
 *       same or transliterated two ways ("سيرغي" / "سيرجي", {@link NameTokens#sameName}); a first name
 *       that is a shared part ("عبد", "أبو") is compared with the word after it too.</li>
 *   <li>A lone name is a full name's surname ("حفتر"), unless it is a part many people share.</li>
 *   <li>A lone name the attribution took for an organisation ("كيري" with no head noun such as
 *       وزارة or وكالة) is a person when it is the surname of a known person.</li>
 *   <li>Never one entity: two people of different nationalities (the nisba of their roles), a lone
 *       surname and a full name whose roles share no word (two officials of one family name), two
 *       organisations whose names differ, an organisation named by a head noun and a person.</li>
 * </ul>
 * Pure and thread-safe (its resolver only caches).
 */
public final class Identities {

    /** Name parts that many unrelated people share ("اوغلو", "بن"): never a surname on their own. */
    private static final Set<String> SHARED_NAME_PARTS = IdentityWord.SHARED_NAME_PART.words();
    /** Role words that say nothing about which office it is. */
    private static final Set<String> ROLE_FILLERS = IdentityWord.ROLE_FILLER.words();

    /** States and nationalities by their one-word forms: a country is no one's surname. */
    private static final Set<String> STATES = Places.oneWordForms();

    private final ActorResolver actors;

    public Identities(ActorResolver actors) {
        this.actors = actors;
    }

    public static Identities standard() {
        return new Identities(ActorResolver.standard());
    }

    /**
     * A speaker or actor as the rules see it.
     *
     * @param name          the name as written
     * @param kind          the kind attribution gave it, or null
     * @param ref           the name resolved (titles stripped, head noun recognised)
     * @param nationalities place keys of the nisba adjectives in its roles ("الروسي" -> russia)
     * @param roleWords     folded content words of its roles
     * @param loneWordName  one word that may be a surname: not a state, a nationality or a title
     */
    public record Identity(String name, SpeakerKind kind, ActorRef ref, Set<String> nationalities,
                           Set<String> roleWords, boolean loneWordName) {

        /** Named as a person or a lone name: the name rules apply. */
        boolean nameLike() {
            List<String> t = ref.tokens();
            // Full names run to five words ("سالم بن عبد الله النجار"): every word must read as a name.
            return ref.kind() == ActorRef.Kind.NAME && t.size() <= 5
                    && RealParty.nameLike(t.subList(0, Math.min(4, t.size())))
                    && RealParty.nameLike(t.subList(Math.max(0, t.size() - 4), t.size()));
        }

        List<String> tokens() {
            return ref.tokens();
        }
    }

    /** The identity of a name given with its kind and the roles the text gives it (may be empty). */
    public Identity of(String name, SpeakerKind kind, Collection<String> roles) {
        ActorRef ref = actors.resolve(name);
        if (ref == null) {
            ref = new ActorRef(name == null ? "" : name, ActorRef.Kind.NAME, List.of(), null, List.of());
        }
        Set<String> nationalities = new LinkedHashSet<>();
        Set<String> roleWords = new LinkedHashSet<>();
        for (String role : roles) {
            if (role == null || role.isBlank()) {
                continue;
            }
            List<Token> tokens = ArabicTokenizer.tokenize(role);
            for (Places.Mention m : Places.in(tokens)) {
                if (m.end() - m.start() == 1 && isNisba(tokens.get(m.start()).folded())) {
                    nationalities.add(m.key());
                }
            }
            for (String w : NameTokens.raw(role)) {
                String word = NameTokens.dropClitics(w);
                if (!ROLE_FILLERS.contains(word) && word.length() > 1) {
                    roleWords.add(word);
                }
            }
        }
        List<String> t = ref.tokens();
        boolean lone = t.size() == 1 && !STATES.contains(t.get(0)) && !actors.isTitleWord(t.get(0));
        return new Identity(name, kind, ref, Set.copyOf(nationalities), Set.copyOf(roleWords), lone);
    }

    /** The identity of a name alone. */
    public Identity of(String name, SpeakerKind kind) {
        return of(name, kind, List.of());
    }

    /**
     * The exact key: the folded name with quotes and punctuation dropped and spaces collapsed
     * ("وكالة “دوغان”" = "وكالة دوغان"). Stored speakers are keyed so; it finds a name met before as is.
     */
    public static String exactKey(String name) {
        String folded = ArabicFolding.fold(name == null ? "" : name);
        return folded.replaceAll("[\\p{P}\\p{S}]+", " ").trim().replaceAll("\\s+", " ");
    }

    /**
     * The key under which every mention that may name this entity meets it: for a name, the
     * transliteration skeleton of its surname (so "حفتر", "خليفة حفتر" and a mistyped "كيري" meet);
     * for an organisation named by its head noun, its key. Candidates found under it are then
     * judged by {@link #same}.
     */
    public String lookupKey(Identity id) {
        List<String> t = id.tokens();
        if (t.isEmpty()) {
            return "x:" + exactKey(id.name());
        }
        if (!id.nameLike()) {
            return "o:" + id.ref().key();
        }
        return "n:" + NameTokens.skeleton(t.get(t.size() - 1));
    }

    /** Whether two identities are one entity (see the class comment). */
    public boolean same(Identity a, Identity b) {
        if (a.tokens().isEmpty() || b.tokens().isEmpty()) {
            return exactKey(a.name()).equals(exactKey(b.name()));
        }
        if (foreigners(a, b)) {
            return false;
        }
        if (a.tokens().equals(b.tokens())) {
            return a.ref().kind() == b.ref().kind();
        }
        if (!a.nameLike() || !b.nameLike()) {
            return false;
        }
        List<String> x = a.tokens();
        List<String> y = b.tokens();
        if (x.size() == 1 || y.size() == 1) {
            Identity single = x.size() == 1 ? a : b;
            Identity full = single == a ? b : a;
            if (!single.loneWordName()) {
                return false; // a state ("مصر") or a title ("الشيخ") alone is no one's surname
            }
            if (full.tokens().size() == 1) {
                return bothPersons(a, b) && NameTokens.sameName(x.get(0), y.get(0));
            }
            // A lone name taken for an organisation is a person only as a known person's surname.
            if (full.kind() != null && full.kind() != SpeakerKind.PERSON) {
                return false;
            }
            return surnameOf(single.tokens().get(0), full.tokens()) && rolesAgree(single, full);
        }
        return bothPersons(a, b) && sameNames(x, y);
    }

    /**
     * Whether two mentions that name alike are nonetheless two entities because their roles give
     * different nationalities. Linking asks this of two speakers its name rules joined, so a link never
     * joins the namesakes the speaker pages keep apart. (The pages' further test, a lone surname whose
     * role shares no word with a full name's, is left out here: one envoy's two reports name him
     * "المبعوث الأممي" and "السيد"; on the dev pairs it dropped four right links and no wrong one.)
     */
    public boolean apart(Identity a, Identity b) {
        return foreigners(a, b);
    }

    /** Both have a nationality, and none in common. */
    private static boolean foreigners(Identity a, Identity b) {
        return !a.nationalities().isEmpty() && !b.nationalities().isEmpty()
                && a.nationalities().stream().noneMatch(b.nationalities()::contains);
    }

    private static boolean bothPersons(Identity a, Identity b) {
        return (a.kind() == null || a.kind() == SpeakerKind.PERSON) && (b.kind() == null || b.kind() == SpeakerKind.PERSON);
    }

    /** Two roles of one surname must share a word: "وزير الخارجية" and "رئيس البرلمان" are two people. */
    private static boolean rolesAgree(Identity a, Identity b) {
        return a.roleWords().isEmpty() || b.roleWords().isEmpty()
                || a.roleWords().stream().anyMatch(b.roleWords()::contains);
    }

    /**
     * Among the candidates met under this identity's lookup key, the one entity it names: the fullest
     * name among those it is {@link #same} as, provided those are all one entity among themselves; null
     * when none is, or when the name is ambiguous ("حفتر" beside two people of that surname).
     */
    public <C> C choose(Identity id, Collection<C> candidates, Function<C, Identity> view) {
        List<C> matches = new ArrayList<>();
        List<Identity> seen = new ArrayList<>();
        for (C c : candidates) {
            Identity other = view.apply(c);
            if (same(id, other)) {
                matches.add(c);
                seen.add(other);
            }
        }
        for (int i = 0; i < seen.size(); i++) {
            for (int j = i + 1; j < seen.size(); j++) {
                if (!same(seen.get(i), seen.get(j))) {
                    return null;
                }
            }
        }
        C best = null;
        int bestSize = -1;
        for (int i = 0; i < matches.size(); i++) {
            int size = seen.get(i).tokens().size();
            if (size > bestSize) {
                best = matches.get(i);
                bestSize = size;
            }
        }
        return best;
    }

    /**
     * Whether the fuller of two names of one entity should name it: a person's full name over a lone
     * surname, so the page reads "خليفة حفتر" however the first article named him.
     */
    public boolean fuller(Identity candidate, Identity current) {
        return candidate.nameLike() && candidate.tokens().size() > current.tokens().size();
    }

    // ---------------------------------------------------------------- a directory of identities

    /** Where identities are kept (the speaker table, or a map in a benchmark): what {@link #identify} needs. */
    public interface Store<E> {
        /** The entity stored under this exact key, or null. */
        E byExactKey(String exactKey);

        /** The entities stored under this lookup key. */
        Collection<E> byLookupKey(String lookupKey);

        /** The identity of a stored entity (its name, kind and roles). */
        Identity identity(E entity);

        E create(String name, SpeakerKind kind, String exactKey, String lookupKey);

        /** Names an entity by a fuller name of it (and the kind that name has). */
        void rename(E entity, String name, SpeakerKind kind, String lookupKey);
    }

    /**
     * The stored entity a speaker of a new article is, created when none is: the one met under the
     * same exact name, else the one {@link #choose} picks among those met under its lookup key (named
     * by the fuller name from now on), else a new one.
     */
    public <E> E identify(Store<E> store, String name, SpeakerKind kind, String role) {
        String exact = exactKey(name);
        E known = store.byExactKey(exact);
        boolean entity = kind == SpeakerKind.PERSON || kind == SpeakerKind.ORGANIZATION;
        if (known != null && !entity) {
            return known;
        }
        if (!entity) {
            // "البيان", "مصادر": descriptions, not entities; each wording stays its own page.
            return store.create(name, kind, exact, "x:" + exact);
        }
        Identity id = of(name, kind, role == null ? List.of() : List.of(role));
        String lookup = lookupKey(id);
        if (known != null) {
            if (!foreigners(id, store.identity(known))) {
                return known;
            }
            // A namesake of another nationality: a page of its own, keyed by name and nationality.
            String namesake = exact + " (" + String.join(" ", new java.util.TreeSet<>(id.nationalities())) + ")";
            E other = store.byExactKey(namesake);
            return other != null ? other : store.create(name, kind, namesake, lookup);
        }
        E chosen = choose(id, store.byLookupKey(lookup), store::identity);
        if (chosen == null) {
            return store.create(name, kind, exact, lookup);
        }
        Identity current = store.identity(chosen);
        if (fuller(id, current)) {
            SpeakerKind k = kind == SpeakerKind.PERSON || current.kind() != SpeakerKind.PERSON ? kind : current.kind();
            store.rename(chosen, name, k, lookup);
        }
        return chosen;
    }

    // ---------------------------------------------------------------- name-token rules (linking too)

    /**
     * Two names of two tokens or more are one name: the same first name and surname, each written the
     * same or transliterated; a shared first part ("عبد", "أبو") needs the next word to agree as well.
     */
    static boolean sameNames(List<String> x, List<String> y) {
        if (x.equals(y)) {
            return true;
        }
        if (x.size() == 1 || y.size() == 1) {
            return x.size() == 1 && y.size() == 1 && NameTokens.sameName(x.get(0), y.get(0));
        }
        if (!NameTokens.sameName(x.get(0), y.get(0)) || !NameTokens.sameName(x.get(x.size() - 1), y.get(y.size() - 1))) {
            return false;
        }
        if (SHARED_NAME_PARTS.contains(x.get(0)) && x.size() > 2 && y.size() > 2) {
            return NameTokens.sameName(x.get(1), y.get(1));
        }
        return true;
    }

    /**
     * A lone name is the surname of a full one: its last token, or — for a compound surname of three
     * tokens or more ("مولود تشاوش أوغلو" named "تشاوش") — a later token that is not a shared part.
     */
    static boolean surnameOf(String single, List<String> full) {
        if (NameTokens.sameName(single, full.get(full.size() - 1))) {
            return !SHARED_NAME_PARTS.contains(single);
        }
        if (full.size() >= 3 && single.length() >= 4 && !SHARED_NAME_PARTS.contains(single)) {
            for (int i = 1; i < full.size() - 1; i++) {
                if (NameTokens.sameName(single, full.get(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Keys that two mentions of one named party share whatever the transliteration: the skeleton of each
     * token after the first (surnames, compound surnames) that is not a shared part, or of its only token.
     */
    static Set<String> nameKeys(List<String> t) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = t.size() == 1 ? 0 : 1; i < t.size(); i++) {
            if (!SHARED_NAME_PARTS.contains(t.get(i))) {
                out.add("n" + NameTokens.skeleton(t.get(i)));
            }
        }
        return out;
    }

    private static boolean isNisba(String folded) {
        String t = NameTokens.dropClitics(folded);
        return Affix.NISBA_ENDING.suffixes(t);
    }

}

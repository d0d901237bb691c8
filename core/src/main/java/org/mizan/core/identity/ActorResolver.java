package org.mizan.core.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.mizan.core.Speaker;
import org.mizan.core.SpeakerKind;
import org.mizan.core.text.Affix;
import org.mizan.core.text.ArabicFolding;
import org.mizan.core.text.LexiconFile;

/**
 * Resolves actor mentions from different articles to comparable keys and decides how two of them
 * relate. The choices, in one place:
 * <ul>
 *   <li>"حفتر" = "خليفة حفتر" = "المشير خليفة حفتر": titles are stripped (titles.txt, then any
 *       nationality word after a title, nisba.txt) and a one-word mention matches the last word of a
 *       full name (a surname), two names match on first and last word.</li>
 *   <li>"حكومة فايز السراج" REPRESENTS "فايز السراج": a body led by a person acts for that person, so
 *       for agreement-type questions its acts are that party's acts. "حكومة الوفاق" reaches the same
 *       person when the leadership is known (leaders.tsv, or learnt from a speaker role such as
 *       "رئيس المجلس الرئاسي لحكومة الوفاق").</li>
 *   <li>"قوات حفتر" is ASSOCIATED with "حفتر", never the same subject: forces on the ground and their
 *       political leader can act differently, and a reader wants both claims side by side (CONTRAST),
 *       not one called a contradiction of the other.</li>
 *   <li>"طرفا النزاع الليبي" is a GROUP: its members come from the mention itself ("(السراج وحفتر)"),
 *       or from the conflict it names (groups.tsv); a claim about the group covers each member.</li>
 * </ul>
 * Thread-safe: what it learns goes into concurrent maps.
 */
public final class ActorResolver {

    private static final String BASE = "/org/mizan/core/identity/";
    private static final Pattern CONJUNCTS = Pattern.compile("\\s+" + Affix.WA.word() + "|[،,]");
    private static final Pattern AND = Pattern.compile("\\s+" + Affix.WA.word());
    private static final Set<String> LEADER_WORDS = IdentityWord.LEADER_HEAD.words();
    /** Words in a group mention that name neither a party nor a conflict's region. */
    private static final Set<String> GROUP_FILLERS = IdentityWord.GROUP_FILLER.words();
    /** No ending, or an adjective's ending after its ي (feminine, plural). */
    private static final List<String> ADJECTIVE_ENDINGS = withNone(IdentityWord.ADJECTIVE_ENDING.list());
    private static final Set<String> NON_BODIES = IdentityWord.NON_BODY.words();

    /** Titles by their first token, longest first. */
    private final Map<String, List<List<String>>> titles;
    private final Set<String> nisba;
    private final Map<String, ActorRef.Kind> heads;
    private final Set<String> groupHeads;
    private final Map<String, List<String>> conflictParties;

    /** Known full names by their last token (surname), to resolve "حكومة السراج" to a person. */
    private final Map<String, Set<String>> fullNamesBySurname = new ConcurrentHashMap<>();
    /** Bodies (folded key tokens) and the person who leads each. */
    private final Map<List<String>, String> leaderOfBody = new ConcurrentHashMap<>();
    /** Resolved mentions; emptied whenever something learnt could change a resolution. */
    private final Map<String, ActorRef> cache = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100_000;

    private ActorResolver(Map<String, List<List<String>>> titles, Set<String> nisba, Map<String, ActorRef.Kind> heads,
                          Set<String> groupHeads, Map<String, List<String>> conflictParties) {
        this.titles = titles;
        this.nisba = nisba;
        this.heads = heads;
        this.groupHeads = groupHeads;
        this.conflictParties = conflictParties;
    }

    /** A resolver with the lexicons under org/mizan/core/link and the known leaders loaded. */
    public static ActorResolver standard() {
        Map<String, List<List<String>>> titles = new HashMap<>();
        for (String line : LexiconFile.lines(ActorResolver.class, BASE + "titles.txt")) {
            List<String> title = rawTokens(line);
            titles.computeIfAbsent(title.get(0), k -> new ArrayList<>()).add(title);
        }
        titles.values().forEach(list -> list.sort((a, b) -> b.size() - a.size()));
        Set<String> nisba = new HashSet<>();
        for (String line : LexiconFile.lines(ActorResolver.class, BASE + "nisba.txt")) {
            nisba.add(ArabicFolding.fold(line));
        }
        Map<String, ActorRef.Kind> heads = new HashMap<>();
        for (String[] row : LexiconFile.rows(ActorResolver.class, BASE + "actor-heads.tsv", 2)) {
            ActorRef.Kind kind = switch (row[0]) {
                case "led_by" -> ActorRef.Kind.LED_BY;
                case "forces_of" -> ActorRef.Kind.FORCES_OF;
                case "org" -> ActorRef.Kind.ORGANIZATION;
                default -> throw new IllegalStateException("actor-heads.tsv: unknown relation " + row[0]);
            };
            heads.put(ArabicFolding.fold(row[1]), kind);
        }
        Set<String> groupHeads = new HashSet<>();
        for (String line : LexiconFile.lines(ActorResolver.class, BASE + "group-heads.txt")) {
            groupHeads.add(ArabicFolding.fold(line));
        }
        Map<String, List<String>> parties = new HashMap<>();
        for (String[] row : LexiconFile.rows(ActorResolver.class, BASE + "groups.tsv", 2)) {
            parties.put(regionStem(ArabicFolding.fold(row[0])), List.of(row[1].split("\\|")));
        }
        ActorResolver resolver = new ActorResolver(titles, nisba, heads, groupHeads, parties);
        for (String[] row : LexiconFile.rows(ActorResolver.class, BASE + "leaders.tsv", 2)) {
            for (String body : row[1].split("\\|")) {
                resolver.learnLeadership(row[0], body);
            }
        }
        return resolver;
    }


    // ---------------------------------------------------------------- learning

    /** Remembers a full name (two words or more), so its surname alone can be resolved to it. */
    public void learnName(String fullName) {
        List<String> tokens = nameTokens(fullName);
        if (tokens.size() >= 2 && fullNamesBySurname.computeIfAbsent(tokens.get(tokens.size() - 1),
                k -> ConcurrentHashMap.newKeySet()).add(String.join(" ", tokens))) {
            cache.clear();
        }
    }

    /** Remembers that {@code person} leads {@code body} ("فايز السراج", "حكومة الوفاق الوطني"). */
    public void learnLeadership(String person, String body) {
        List<String> bodyTokens = NameTokens.of(body);
        if (bodyTokens.size() >= 2 || (bodyTokens.size() == 1 && !NON_BODIES.contains(bodyTokens.get(0)))) {
            if (!person.equals(leaderOfBody.put(bodyTokens, person))) {
                cache.clear();
            }
            learnName(person);
        }
    }

    /**
     * Learns from a speaker: the full name of a person, and the bodies a person leads when the role says
     * so ("رئيس المجلس الرئاسي لحكومة الوفاق الوطني" leads both المجلس الرئاسي and حكومة الوفاق الوطني).
     */
    public void learnFromSpeaker(Speaker speaker) {
        if (speaker == null || speaker.name() == null || speaker.kind() != SpeakerKind.PERSON) {
            return;
        }
        learnName(speaker.name());
        if (speaker.role() == null) {
            return;
        }
        List<String> role = rawTokens(speaker.role());
        if (role.size() < 2 || !LEADER_WORDS.contains(role.get(0))) {
            return;
        }
        List<String> body = new ArrayList<>();
        for (String token : role.subList(1, role.size())) {
            // "لحكومة": a new body joined by the preposition ل.
            String unprefixed = token.length() > 3 && Affix.LI.isLetter(token.charAt(0)) ? token.substring(1) : null;
            if (unprefixed != null && heads.containsKey(unprefixed) && !body.isEmpty()) {
                learnLeadership(speaker.name(), String.join(" ", body));
                body.clear();
                body.add(unprefixed);
            } else {
                body.add(token);
            }
        }
        if (!body.isEmpty()) {
            learnLeadership(speaker.name(), String.join(" ", body));
        }
    }

    // ---------------------------------------------------------------- resolving

    /** Resolves one mention; null for a null or blank mention. */
    public ActorRef resolve(String mention) {
        if (mention == null || mention.isBlank()) {
            return null;
        }
        ActorRef cached = cache.get(mention);
        if (cached != null) {
            return cached;
        }
        ActorRef resolved = resolveUncached(mention);
        if (resolved != null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(mention, resolved);
        }
        return resolved;
    }

    private ActorRef resolveUncached(String mention) {
        String main = mention;
        String inner = null;
        int open = mention.indexOf('(');
        if (open > 0) {
            int close = mention.indexOf(')', open);
            inner = mention.substring(open + 1, close > open ? close : mention.length());
            main = mention.substring(0, open);
        }
        List<String> raw = stripTitles(rawTokens(main));
        if (raw.isEmpty()) {
            raw = rawTokens(main);
        }
        if (raw.isEmpty()) {
            return null;
        }
        if (groupHeads.contains(raw.get(0))) {
            return group(mention, raw, inner);
        }
        if (inner != null) {
            List<ActorRef> members = conjuncts(inner);
            if (members.size() >= 2) {
                return new ActorRef(mention, ActorRef.Kind.GROUP, keyTokens(raw), null, members);
            }
        }
        List<ActorRef> conjoined = knownConjuncts(main);
        if (conjoined.size() >= 2) {
            return new ActorRef(mention, ActorRef.Kind.GROUP, keyTokens(raw), null, conjoined);
        }
        ActorRef.Kind headKind = heads.get(raw.get(0));
        if (headKind == null) {
            List<String> tokens = keyTokens(raw);
            ActorRef leader = leaderOf(tokens);
            return leader == null
                    ? new ActorRef(mention, ActorRef.Kind.NAME, tokens, null, List.of())
                    : new ActorRef(mention, ActorRef.Kind.ORGANIZATION, tokens, leader, List.of());
        }
        List<String> tokens = keyTokens(raw);
        List<String> rest = raw.subList(1, raw.size());
        if (headKind != ActorRef.Kind.ORGANIZATION && !rest.isEmpty() && namesAnActor(rest)) {
            ActorRef head = resolve(String.join(" ", rest));
            return new ActorRef(mention, headKind, tokens, head, List.of());
        }
        return new ActorRef(mention, ActorRef.Kind.ORGANIZATION, tokens, leaderOf(tokens), List.of());
    }

    private ActorRef group(String mention, List<String> raw, String inner) {
        List<ActorRef> members = inner == null ? List.of() : conjuncts(inner);
        if (members.isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            for (String token : raw.subList(1, raw.size())) {
                String stem = regionStem(NameTokens.dropClitics(token));
                if (GROUP_FILLERS.contains(stem) || GROUP_FILLERS.contains(NameTokens.dropArticle(token))) {
                    continue;
                }
                List<String> parties = conflictParties.get(stem);
                if (parties != null) {
                    names.addAll(parties);
                }
            }
            List<ActorRef> resolved = new ArrayList<>();
            for (String name : names) {
                resolved.add(resolve(name));
            }
            members = resolved;
        }
        return new ActorRef(mention, ActorRef.Kind.GROUP, keyTokens(raw), null, members);
    }

    /** "السراج وحفتر" / "السراج، حفتر": the parts, each resolved. */
    private List<ActorRef> conjuncts(String text) {
        List<ActorRef> out = new ArrayList<>();
        for (String part : CONJUNCTS.split(text)) {
            ActorRef ref = resolve(part);
            if (ref != null) {
                out.add(ref);
            }
        }
        return out;
    }

    /** A plain "A وB" subject is a group only when every part is a name we know. */
    private List<ActorRef> knownConjuncts(String text) {
        if (text.indexOf(Affix.WA.word()) < 0) {
            return List.of();
        }
        String[] parts = AND.split(text);
        if (parts.length < 2) {
            return List.of();
        }
        List<ActorRef> out = new ArrayList<>();
        for (String part : parts) {
            List<String> tokens = nameTokens(part);
            if (tokens.isEmpty() || !isKnownName(tokens)) {
                return List.of();
            }
            out.add(resolve(part));
        }
        return out;
    }

    private boolean namesAnActor(List<String> rest) {
        // A name rarely starts with ال ("حكومة الوفاق" names a body, "حكومة فايز السراج" a person),
        // unless it is a known surname ("حكومة السراج").
        return !Affix.DEFINITE_ARTICLE.prefixes(rest.get(0)) || isKnownName(keyTokens(rest));
    }

    private boolean isKnownName(List<String> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        Set<String> full = fullNamesBySurname.get(tokens.get(tokens.size() - 1));
        return full != null && !full.isEmpty();
    }

    private ActorRef leaderOf(List<String> bodyTokens) {
        if (bodyTokens.isEmpty()) {
            return null;
        }
        for (Map.Entry<List<String>, String> e : leaderOfBody.entrySet()) {
            if (prefixMatch(bodyTokens, e.getKey())) {
                List<String> person = nameTokens(e.getValue());
                return new ActorRef(e.getValue(), ActorRef.Kind.NAME, person, null, List.of());
            }
        }
        return null;
    }

    private List<String> stripTitles(List<String> raw) {
        List<String> tokens = raw;
        boolean stripped = true;
        while (stripped && !tokens.isEmpty()) {
            stripped = false;
            for (List<String> title : titles.getOrDefault(tokens.get(0), List.of())) {
                if (title.size() < tokens.size() && tokens.subList(0, title.size()).equals(title)) {
                    List<String> rest = tokens.subList(title.size(), tokens.size());
                    while (!rest.isEmpty() && isNisba(rest.get(0))) {
                        rest = rest.subList(1, rest.size());
                    }
                    // "الرئيس التركي" names no one after its title: the whole role is the key, or
                    // every Turkish official would key as "تركي".
                    if (rest.isEmpty()) {
                        return tokens;
                    }
                    tokens = rest;
                    stripped = true;
                    break;
                }
            }
        }
        return tokens;
    }

    /** Whether a key token (ال dropped) is a one-word title ("الشيخ", "الوزير"): no one's surname. */
    public boolean isTitleWord(String keyToken) {
        for (String raw : new String[] {keyToken, Affix.DEFINITE_ARTICLE.word() + keyToken}) {
            for (List<String> title : titles.getOrDefault(raw, List.of())) {
                if (title.size() == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isNisba(String token) {
        String t = Affix.WA.prefixes(token) && token.length() > 4 ? token.substring(1) : token;
        for (String suffix : ADJECTIVE_ENDINGS) {
            if (t.endsWith(suffix) && nisba.contains(t.substring(0, t.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    private List<String> nameTokens(String name) {
        List<String> raw = stripTitles(rawTokens(name));
        return keyTokens(raw.isEmpty() ? rawTokens(name) : raw);
    }

    private static List<String> keyTokens(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        for (String t : raw) {
            out.add(NameTokens.dropArticle(t));
        }
        return out;
    }

    private static List<String> rawTokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : NameTokens.raw(text)) {
            String token = IdentityWord.DOCTOR_ABBREVIATION.has(t) ? t : t.replace(".", "");
            if (!token.isEmpty()) {
                out.add(token);
            }
        }
        return out;
    }

    /** "ليبيا", "الليبي", "الليبية" -> "ليب"; "اليمن", "اليمني" -> "يمن". */
    static String regionStem(String folded) {
        String t = NameTokens.dropArticle(folded);
        if (Affix.TA_MARBUTA_FOLDED.suffixes(t) && t.length() > 3) {
            t = t.substring(0, t.length() - 1);
        }
        if (Affix.FINAL_ALEF.suffixes(t) && t.length() > 3) {
            t = t.substring(0, t.length() - 1);
        }
        if (Affix.NISBA.suffixes(t) && t.length() > 3) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    // ---------------------------------------------------------------- relating

    /** How two resolved mentions relate; the member is set when the relation is {@link ActorRelation#MEMBER}. */
    public ActorMatch relate(ActorRef a, ActorRef b) {
        if (a == null || b == null) {
            return ActorMatch.DISTINCT;
        }
        boolean groupA = a.kind() == ActorRef.Kind.GROUP;
        boolean groupB = b.kind() == ActorRef.Kind.GROUP;
        if (groupA && groupB) {
            if (a.tokens().equals(b.tokens())) {
                return new ActorMatch(ActorRelation.SAME, null);
            }
            for (ActorRef m : a.members()) {
                if (memberOf(b, m) != null) {
                    return new ActorMatch(ActorRelation.SAME, null);
                }
            }
            return ActorMatch.DISTINCT;
        }
        if (groupA || groupB) {
            ActorRef group = groupA ? a : b;
            ActorRef other = groupA ? b : a;
            ActorRef member = memberOf(group, other);
            return member == null ? ActorMatch.DISTINCT : new ActorMatch(ActorRelation.MEMBER, member);
        }
        return new ActorMatch(relateIndividuals(a, b), null);
    }

    private ActorRef memberOf(ActorRef group, ActorRef other) {
        for (ActorRef m : group.members()) {
            ActorRelation r = m.kind() == ActorRef.Kind.GROUP ? ActorRelation.DISTINCT : relateIndividuals(m, other);
            if (r == ActorRelation.SAME || r == ActorRelation.REPRESENTS) {
                return m;
            }
        }
        return null;
    }

    private static ActorRelation relateIndividuals(ActorRef a, ActorRef b) {
        boolean forcesA = a.kind() == ActorRef.Kind.FORCES_OF;
        boolean forcesB = b.kind() == ActorRef.Kind.FORCES_OF;
        if (forcesA || forcesB) {
            if (a.tokens().equals(b.tokens())) {
                return ActorRelation.SAME;
            }
            if (forcesA && forcesB) {
                return identical(party(a.head()), party(b.head())) ? ActorRelation.SAME : ActorRelation.DISTINCT;
            }
            ActorRef forces = forcesA ? a : b;
            ActorRef other = forcesA ? b : a;
            return identical(party(forces.head()), party(other)) ? ActorRelation.ASSOCIATED : ActorRelation.DISTINCT;
        }
        if (identical(a, b)) {
            return ActorRelation.SAME;
        }
        ActorRef pa = party(a);
        ActorRef pb = party(b);
        if ((pa != a || pb != b) && identical(pa, pb)) {
            return ActorRelation.REPRESENTS;
        }
        return ActorRelation.DISTINCT;
    }

    /** The party a mention acts for: the leader of a body when known, else the mention itself. */
    private static ActorRef party(ActorRef x) {
        if (x == null) {
            return null;
        }
        if ((x.kind() == ActorRef.Kind.LED_BY || x.kind() == ActorRef.Kind.ORGANIZATION) && x.head() != null) {
            return party(x.head());
        }
        return x;
    }

    private static boolean identical(ActorRef a, ActorRef b) {
        if (a == null || b == null) {
            return false;
        }
        List<String> x = a.tokens();
        List<String> y = b.tokens();
        if (x.equals(y)) {
            return true;
        }
        if (a.kind() == ActorRef.Kind.NAME && b.kind() == ActorRef.Kind.NAME) {
            // The name rules are the identity service's, shared with speaker pages.
            if (x.size() == 1 && y.size() >= 2) {
                return Identities.surnameOf(x.get(0), y);
            }
            if (y.size() == 1 && x.size() >= 2) {
                return Identities.surnameOf(y.get(0), x);
            }
            return Identities.sameNames(x, y);
        }
        if (a.kind() == ActorRef.Kind.ORGANIZATION && b.kind() == ActorRef.Kind.ORGANIZATION) {
            return prefixMatch(x, y);
        }
        return false;
    }

    // ---------------------------------------------------------------- entities

    /** Folded keys of every named person or organisation seen as a speaker. */
    private final Set<String> knownSpeakers = ConcurrentHashMap.newKeySet();
    private static final Set<String> STATES = Places.oneWordForms();

    /**
     * Whether a resolved mention is a real party: a body named by its head noun (ministry, army,
     * government), a group with known members, a state, or a name seen as a speaker (a person or an
     * organisation someone quoted) — never a word of the sentence that happened to stand as subject.
     */
    public boolean isEntity(ActorRef x) {
        if (x == null || x.tokens().isEmpty()) {
            return false;
        }
        return switch (x.kind()) {
            case GROUP -> !x.members().isEmpty();
            case ORGANIZATION, LED_BY, FORCES_OF -> true;
            case NAME -> knownSpeakers.contains(x.key()) || x.tokens().size() == 1 && STATES.contains(x.tokens().get(0))
                    || fullNamesBySurname.containsKey(x.tokens().get(x.tokens().size() - 1))
                    || x.tokens().size() >= 2 && RealParty.nameLike(x.tokens());
        };
    }

    /**
     * Keys that two mentions of one party share whatever the transliteration: for a name, the skeleton
     * of each of its tokens after the first (surnames, compound surnames) that is not a shared name
     * part, or of its only token; for anything else, its key. Empty for null.
     */
    public Set<String> identityKeys(ActorRef x) {
        Set<String> out = new LinkedHashSet<>();
        if (x == null || x.tokens().isEmpty()) {
            return out;
        }
        if (x.kind() != ActorRef.Kind.NAME) {
            out.add(x.key());
            return out;
        }
        out.addAll(Identities.nameKeys(x.tokens()));
        return out;
    }

    /**
     * Remembers the full name a subject gives ("عبد الحميد الدبيبة"), when it reads as a name, so that
     * its surname alone names the same party later.
     */
    public void learnSubjectName(String mention) {
        if (mention == null || !RealParty.names(mention)) {
            return;
        }
        ActorRef ref = resolve(mention);
        if (ref != null && ref.kind() == ActorRef.Kind.NAME && ref.tokens().size() >= 2 && RealParty.nameLike(ref.tokens())) {
            learnName(mention);
        }
    }

    /** Remembers a named speaker as a real party (see {@link #isEntity}). */
    public void learnEntity(Speaker speaker) {
        if (speaker != null && speaker.name() != null
                && (speaker.kind() == SpeakerKind.PERSON || speaker.kind() == SpeakerKind.ORGANIZATION)) {
            ActorRef ref = resolve(speaker.name());
            if (ref != null) {
                knownSpeakers.add(ref.key());
            }
        }
    }

    /** The shorter token list (two tokens at least) starts the longer: "حكومه وفاق" / "حكومه وفاق وطني". */
    private static boolean prefixMatch(List<String> x, List<String> y) {
        List<String> shorter = x.size() <= y.size() ? x : y;
        List<String> longer = shorter == x ? y : x;
        if (shorter.size() < 2) {
            return shorter.equals(longer);
        }
        return longer.subList(0, shorter.size()).equals(shorter);
    }

    // ---------------------------------------------------------------- blocking

    /**
     * Blocking keys for the index: mentions that may be the same or associated actors share at least one
     * key. A name keys on its surname, a body on its leader or first two words, a group on its members.
     */
    public Set<String> blockingKeys(ActorRef x) {
        Set<String> out = new LinkedHashSet<>();
        addKeys(x, out);
        return out;
    }

    private static void addKeys(ActorRef x, Set<String> out) {
        if (x == null || x.tokens().isEmpty()) {
            return;
        }
        switch (x.kind()) {
            case GROUP -> {
                out.add("g:" + x.key());
                for (ActorRef m : x.members()) {
                    addKeys(m, out);
                }
            }
            case LED_BY, FORCES_OF -> addKeys(x.head(), out);
            case ORGANIZATION -> {
                if (x.head() != null) {
                    addKeys(x.head(), out);
                }
                out.add("o:" + String.join(" ", x.tokens().subList(0, Math.min(2, x.tokens().size()))));
            }
            case NAME -> out.add("n:" + x.tokens().get(x.tokens().size() - 1));
        }
    }

    /** The outcome of {@link #relate}: the relation and, for a group, the member that matched. */
    public record ActorMatch(ActorRelation relation, ActorRef member) {
        static final ActorMatch DISTINCT = new ActorMatch(ActorRelation.DISTINCT, null);
    }

    private static List<String> withNone(List<String> endings) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(endings);
        return List.copyOf(out);
    }
}

package org.mizan.ingest.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.core.SpeakerKind;

/**
 * Decides who speaks for each cue through ordered sieves, most precise first; the sieve that decides is
 * recorded as the speaker's rule:
 * <ol>
 * <li>{@code post-verbal-subject}: the subject after the verb (VSO, the dominant news order);</li>
 * <li>{@code definite-description}: a post- or pre-verbal "الوزير"/"البيان" resolved to its antecedent;</li>
 * <li>{@code pre-verbal-subject}: "كانت السفارة ... قد أعلنت", "تقارير حديثة تشير";</li>
 * <li>{@code source-phrase}: the object of وفقا لـ / بحسب / نقلا عن;</li>
 * <li>{@code participle-governor}: مؤكدا/مشيرة take the subject of the verb that governs them;</li>
 * <li>{@code dropped-subject}: a verb without subject ("وأضاف", "وتابع") takes the latest speaker that
 * agrees with it in gender and number, or else the latest speaker ({@code dropped-subject-fallback}).</li>
 * </ol>
 * The per-article memory (who spoke last, which entities exist) lives in a {@link Discourse}.
 */
public final class SpeakerAttributor {

    /** Words that put a pronoun where a subject would stand: the speaker is the antecedent. */
    private static final Set<String> PRONOUN_SUBJECTS = Set.of("معاليه", "سيادته", "فخامته", "سموه", "هو", "هي");
    /** Words that open a clause before a pre-verbal subject. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("كان", "كانت", "لكن", "بل", "لان", "اذ", "كما",
            "فيما", "بينما", "حين", "عندما", "حيث", "ان", "اما", "ثم", "بعدما", "قبل", "الا", "ولكن", "لاسيما", "خاصه");
    /** The name given to a speaker no sieve could find. */
    static final String UNRESOLVED = "غير محدد";
    /** Spokesmen and officials speak for someone: never the person in focus themselves. */
    private static final Set<String> NEVER_THE_PRINCIPAL = Set.of("متحدث", "متحدثه", "ناطق", "ناطقه", "مسوول", "مسؤول",
            "مصدر", "مستشار", "مساعد");
    private static final Set<String> AUXILIARIES = Set.of("قد", "لقد");
    private static final Set<String> ADJUNCTS = Set.of("فيه", "فيها", "عنه", "عنها", "ايضا", "كذلك", "بدوره", "بدورها", "اليوم", "امس",
            "بدورهم", "مجددا", "حينها", "وقتها", "مرارا", "سابقا", "لاحقا", "صراحه", "مؤخرا");

    private final MentionParser parser;

    SpeakerAttributor(MentionParser parser) {
        this.parser = parser;
    }

    public static SpeakerAttributor standard() {
        return new SpeakerAttributor(MentionParser.standard());
    }

    /** Who spoke for one cue, or null when no speaker can be found. */
    public Attribution attribute(String text, List<Token> s, Cue cue, Discourse d) {
        if (cue.isPhrase()) {
            int start = sourceStart(s, cue.last() + 1);
            Mention m = parser.parse(text, s, start, d.resolver::knowsNameWord, true);
            if (m == null && start + 1 < s.size() && utteranceNoun(s.get(start))) {
                // "وفق تصريحات مصدر عسكري": the source is the genitive of a noun naming what it said
                m = parser.parse(text, s, start + 1, d.resolver::knowsNameWord, true);
                m = m != null && m.kind() == SpeakerKind.PERSON && m.role() == null ? null : m;
            }
            if (m != null) {
                // The outlet a report is credited to relays the speaker: it never becomes the antecedent
                // of a later dropped subject.
                Entity e = d.resolver.resolve(m);
                return new Attribution(e, m, m.description() ? "definite-description" : "source-phrase", false);
            }
            int p = sourceStart(s, cue.last() + 1);
            Lexicons lex = Lexicons.get();
            if (p < s.size() && !s.get(p).punctuation()
                    && (lex.isNationality(s.get(p).stem()) || !lex.commonWords.contains(s.get(p).stem()))) {
                // "وفقا للفرنسية": an outlet the lexicons do not know is still the source
                Mention outlet = parser.single(text, s, p);
                Mention asOrganisation = new Mention(outlet.first(), outlet.last(), outlet.span(), MentionParser.withoutPreposition(s.get(p)), null,
                        outlet.head(), SpeakerKind.ORGANIZATION, true, false, false);
                return new Attribution(d.resolver.resolve(asOrganisation), asOrganisation, "source-phrase", false);
            }
            return null;
        }
        if (!cue.isParticiple()) {
            int next = skipAdjuncts(s, cue.last() + 1);
            if (next < s.size() && PRONOUN_SUBJECTS.contains(s.get(next).afterConjunction())) {
                return implicit(cue, d, "dropped-subject");
            }
            boolean bare = s.get(cue.first()).conjunction().isEmpty();
            Token before = cue.first() > 0 ? s.get(cue.first() - 1) : null;
            boolean subjectBefore = before != null && !before.punctuation()
                    && (AUXILIARIES.contains(before.afterConjunction()) || d.knowsNameWord(before.folded()));
            if (bare && cue.first() > 0 && !subjectBefore) {
                // "أن رئيس الوزراء الهندي أخبر ضيفه": after أن/إن the subject must come first
                Mention pre = preVerbalSubject(text, s, cue.first(), d, cue.form());
                if (pre != null && pre.first() > 0 && isComplementiser(s.get(pre.first() - 1))) {
                    return explicit(pre, d, "pre-verbal-subject");
                }
            }
            if (bare && (cue.form().type() == CueForm.Type.PRESENT || subjectBefore)) {
                // "تقارير حديثة تشير", "كانت الحكومة قد طلبت", "لكن باراك حمل": the subject stands before
                Mention pre = preVerbalSubject(text, s, cue.first(), d, cue.form());
                if (pre != null) {
                    return explicit(pre, d, "pre-verbal-subject");
                }
            }
            Mention m = complementFollows(s, cue, next, d) ? null : parser.parse(text, s, next, d.resolver::knowsNameWord);
            if (m == null || m.kind() == SpeakerKind.PERSON && m.role() == null && d.resolver.find(m) == null) {
                Mention subject = afterAddressee(text, s, next, d);
                m = subject != null ? subject : m;
            }
            if (m != null && addressee(s, m, d)) {
                m = null; // "وقال لرويترز في مقابلة": the one spoken to, the subject is dropped
            }
            if (m != null) {
                m = trimToKnownName(text, s, m, d);
                Attribution relayed = relayedSource(text, s, cue, m, d);
                return relayed != null ? relayed : explicit(m, d, "post-verbal-subject");
            }
            if (s.get(cue.first()).conjunction().isEmpty()) {
                m = preVerbalSubject(text, s, cue.first(), d, cue.form());
                if (m != null) {
                    return explicit(m, d, "pre-verbal-subject");
                }
            }
            if (bare && cue.first() > 0) {
                // mid-sentence without a conjunction ("إذ وصفها", "التي أكد فيها"): the person just named
                Entity named = d.namedBefore(cue.first());
                if (named != null && Discourse.agrees(named, cue.form())) {
                    d.spoke(named);
                    return new Attribution(named, null, "dropped-subject", true);
                }
            }
            return implicit(cue, d, "dropped-subject");
        }
        Entity governor = d.governorBefore(cue.first(), cue.form());
        if (governor != null) {
            return new Attribution(governor, null, "participle-governor", true);
        }
        Entity named = d.namedBefore(cue.first());
        if (named != null && Discourse.agrees(named, cue.form())) {
            d.spoke(named);
            return new Attribution(named, null, "participle-governor", true);
        }
        return implicit(cue, d, "dropped-subject");
    }

    /** Adverbs and resumptive pronouns between the verb and its subject: "جددت فيه المعارضة", "وقال أيضا". */
    private static int skipAdjuncts(List<Token> s, int p) {
        int i = p;
        while (i < s.size() && i < p + 3 && !s.get(i).punctuation() && (ADJUNCTS.contains(s.get(i).afterConjunction())
                || Lexicons.get().boundaries.get(s.get(i).afterConjunction()) == Lexicons.Boundary.TIME)) {
            i++;
        }
        return i;
    }

    /**
     * "أكد لبي بي سي مصدر بالسفارة", "وقال لـ«عكاظ» مسؤول كبير": the addressee stands between the verb and
     * its subject. Only a subject with a head the lexicons know (a title, an anonymous source, an
     * institution) is taken, so that "قال للصحفيين إن" keeps no subject.
     */
    private Mention afterAddressee(String text, List<Token> s, int p, Discourse d) {
        if (p >= s.size() || s.get(p).punctuation() || !s.get(p).afterConjunction().startsWith("ل")) {
            return null;
        }
        boolean bare = s.get(p).afterConjunction().equals("ل");
        Mention addressee = parser.parse(text, s, bare ? p + 1 : p, d.resolver::knowsNameWord, true);
        if (addressee == null) {
            return null;
        }
        int q = addressee.last() + 1;
        while (q < s.size() && s.get(q).isQuote()) {
            q++;
        }
        Mention subject = parser.parse(text, s, q, d.resolver::knowsNameWord);
        return subject != null && (subject.kind() != SpeakerKind.PERSON || subject.role() != null) ? subject : null;
    }

    /**
     * A bare word read as a name that is ل + a word the article uses on its own ("لرويترز" beside
     * "رويترز", "للصحفيين" beside "الصحفيين") or followed by the occasion ("لرويترز في مقابلة"), or لكن
     * with a pronoun: never the subject.
     */
    private static boolean addressee(List<Token> s, Mention m, Discourse d) {
        Token t = s.get(m.first());
        if (t.punctuation() || m.kind() != SpeakerKind.PERSON || m.role() != null) {
            return false;
        }
        String w = t.afterConjunction();
        if (w.startsWith("لكن") && w.length() <= 6) {
            return true;
        }
        if (!w.startsWith("ل") || w.length() < 4) {
            return false;
        }
        String rest = w.substring(1);
        int k = m.first() + 1;
        boolean occasion = k + 1 < s.size() && !s.get(k).punctuation() && s.get(k).afterConjunction().equals("في")
                && Lexicons.get().speechEvents.contains(s.get(k + 1).stem());
        return occasion || d.articleWords.contains(rest) || rest.startsWith("ل") && d.articleWords.contains("ا" + rest);
    }

    /** The verb's own complement comes first ("وعد بإعادة", "أشار إلى"): there is no subject after the verb. */
    private static boolean complementFollows(List<Token> s, Cue cue, int p, Discourse d) {
        if (p >= s.size()) {
            return true;
        }
        Token t = s.get(p);
        for (String marker : cue.form().complements()) {
            // "دعا باراك إلى": a name met before that merely begins with ب is the subject, not the complement
            if ((marker.equals("ب") || marker.equals("ل")) && !t.punctuation() && t.afterConjunction().startsWith(marker)
                    && t.afterConjunction().length() > 3 && (t.prefix().startsWith(marker) || !d.knowsNameWord(t.folded()))) {
                return true;
            }
            if (!t.punctuation() && t.afterConjunction().equals(marker)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "نقلت الوكالة عن الأسد قوله": the agency relays; the speaker is the one it quotes, after عن.
     */
    private Attribution relayedSource(String text, List<Token> s, Cue cue, Mention relay, Discourse d) {
        if (!cue.form().lemma().equals("نقل")) {
            return null;
        }
        int j = relay.last() + 1;
        while (j < s.size() && j <= relay.last() + 4 && !s.get(j).punctuation() && !s.get(j).afterConjunction().equals("عن")) {
            j++; // "وكالة الأنباء الوطنية الرسمية عن الرئيس": the relay's name may run on
        }
        if (j < s.size() && !s.get(j).punctuation() && s.get(j).afterConjunction().equals("عن")) {
            Mention source = parser.parse(text, s, j + 1, d.resolver::knowsNameWord);
            if (source != null) {
                d.resolver.resolve(relay);
                return explicit(trimToKnownName(text, s, source, d), d, "relayed-source");
            }
        }
        return null;
    }

    /**
     * A bare name that starts like a known entity keeps only the words of that entity's name: "وأكد
     * شتاينماير تفهمه" is شتاينماير, not a two-word name.
     */
    private Mention trimToKnownName(String text, List<Token> s, Mention m, Discourse d) {
        if (m.kind() != SpeakerKind.PERSON || m.role() != null || m.name() == null || m.first() == m.last()) {
            return m;
        }
        Mention first = parser.single(text, s, m.first());
        Entity known = d.resolver.find(first);
        if (known == null) {
            return m;
        }
        int last = m.first();
        while (last + 1 <= m.last() && known.hasNameWord(s.get(last + 1).folded())) {
            last++;
        }
        return last == m.last() ? m : parser.single(text, s, m.first(), last);
    }

    /** After وفقا/بحسب: skip a bare "لـ" and start at the source. */
    /** An indefinite common noun with no clitics ("تصريحات", "تقديرات"): what a source said, not the source. */
    private static boolean utteranceNoun(Token t) {
        return !t.punctuation() && !t.definite() && t.prefix().isEmpty() && t.suffix().isEmpty()
                && Lexicons.get().commonWords.contains(t.stem()) && !Lexicons.get().isVerb(t);
    }

    private static int sourceStart(List<Token> s, int p) {
        if (p < s.size() && !s.get(p).punctuation() && s.get(p).folded().equals("ل")) {
            return p + 1;
        }
        return p;
    }

    private Attribution explicit(Mention m, Discourse d, String rule) {
        if (m.description() && m.kind() == SpeakerKind.PERSON && d.resolver.find(m) == null
                && !NEVER_THE_PRINCIPAL.contains(WordList.stripArticle(m.head()))) {
            // "الدبلوماسي الروسي", "السياسي الراحل": a description no title matches is the person in focus
            Entity focus = d.latestPerson();
            if (focus != null) {
                focus.add(m);
                d.spoke(focus);
                return new Attribution(focus, m, "definite-description", false);
            }
        }
        Entity prior = m.description() ? d.resolver.find(m) : null;
        boolean refersBack = prior != null && !prior.mentionedAt(m.span().start());
        Entity e = d.resolver.resolve(m);
        d.spoke(e);
        return new Attribution(e, m, refersBack ? "definite-description" : rule, false);
    }

    private Attribution implicit(Cue cue, Discourse d, String rule) {
        Entity e = d.latestAgreeing(cue.form());
        if (e != null) {
            d.spoke(e);
            return new Attribution(e, null, rule, true);
        }
        e = d.latest();
        if (e == null) {
            e = d.resolver.latestNamedPerson(); // nobody spoke yet: the person the article has introduced
        }
        if (e == null) {
            // Nobody has spoken yet: the claim stands, its speaker unresolved (not an antecedent for others).
            Mention unknown = new Mention(cue.first(), cue.last(), cue.span(), UNRESOLVED, null, "", SpeakerKind.OTHER,
                    false, false, false);
            return new Attribution(new Entity(unknown), null, "unresolved", true);
        }
        d.spoke(e);
        return new Attribution(e, null, rule + "-fallback", true);
    }

    /** "X قد أعلن" / "X يقول" / "X الذي أعلن" / "X، يعتقد": a noun phrase that ends right before the verb. */
    private Mention preVerbalSubject(String text, List<Token> s, int verb, Discourse d, CueForm cueForm) {
        int end = verb - 1;
        while (end >= 0 && !s.get(end).punctuation() && AUXILIARIES.contains(s.get(end).afterConjunction())) {
            end--;
        }
        boolean relative = false;
        if (end >= 0 && !s.get(end).punctuation() && s.get(end).stem().equals("ما")) {
            return null; // "ما أسماه", "لما وصفه", "ما قال": ما is the object or a negation, no subject stands before it
        }
        if (end >= 0 && !s.get(end).punctuation() && isRelative(s.get(end))) {
            if (!s.get(verb).suffix().isEmpty()) {
                return null; // "اليمن التي وصفها": the antecedent is the object the pronoun resumes
            }
            String pronoun = s.get(end).afterConjunction();
            if (cueForm != null && (pronoun.equals("التي") && !cueForm.feminine() && !cueForm.plural()
                    || pronoun.equals("الذي") && cueForm.feminine())) {
                return null; // "الحملة ... التي قال": a feminine antecedent cannot be the subject of قال
            }
            end--;
            relative = true;
        }
        if (end >= 0 && s.get(end).isComma()) {
            end--;
            Mention apposed = apposedSubject(text, s, end, d);
            if (apposed != null) {
                return apposed;
            }
        }
        if (end < 0) {
            return null;
        }
        Mention best = null;
        for (int start = end; start >= 0 && start >= end - 14; start--) {
            Token t = s.get(start);
            if (t.isSentenceEnd() || t.isColon()) {
                break;
            }
            boolean opener = start == 0 || opens(s.get(start - 1)) || relative;
            if (opener && (!t.punctuation() || t.isOpeningQuote())) {
                Mention m = parser.parse(text, s, start, d.resolver::knowsNameWord);
                if (m != null && m.last() < end - 1 && m.last() + 1 <= end
                        && !s.get(m.last() + 1).punctuation() && s.get(m.last() + 1).conjunction().equals("و")) {
                    // "الحوثيين وحزب المؤتمر يؤكدون": two coordinated subjects speak as a group
                    Mention second = parser.parse(text, s, m.last() + 1, d.resolver::knowsNameWord);
                    if (second != null && second.last() >= end - 1 && second.last() <= end) {
                        String both = MentionParser.words(s, m.first(), second.last(), false);
                        m = new Mention(m.first(), second.last(),
                                org.mizan.core.Span.of(text, m.span().start(), second.span().end()), both, null,
                                m.head(), SpeakerKind.GROUP, false, true, false);
                    }
                }
                boolean closes = s.get(end).punctuation(); // "(البنتاجون)": the phrase must take the bracket in
                if (m != null && m.last() >= (closes ? end : end - 1) && m.last() <= end) {
                    if (!relative) {
                        return m;
                    }
                    // before a relative pronoun the antecedent is the longest phrase ending there:
                    // "مجلة “فلان تايمز” البريطانية التي ذكرت", not "العبرية"
                    best = m;
                }
            }
        }
        return best;
    }

    /**
     * "لكن فلان، وزير النقل في حكومة ...، استبعد": a named person right after the clause opener, followed by
     * a comma, whose apposition runs up to the comma before the verb.
     */
    private Mention apposedSubject(String text, List<Token> s, int end, Discourse d) {
        for (int start = end - 1; start >= 0 && start >= end - 25; start--) {
            Token t = s.get(start);
            if (t.isSentenceEnd() || t.isColon()) {
                return null;
            }
            if (start == 0 || opens(s.get(start - 1))) {
                Mention m = parser.parse(text, s, start, d.resolver::knowsNameWord);
                if (m != null && m.kind() == SpeakerKind.PERSON && m.name() != null && m.last() + 1 < end
                        && s.get(m.last() + 1).isComma()) {
                    return m;
                }
                if (start == 0 || !s.get(start - 1).punctuation()) {
                    return null; // only the first clause opener counts
                }
            }
        }
        return null;
    }

    private static boolean isComplementiser(Token t) {
        return !t.punctuation()
                && Lexicons.get().boundaries.get(t.afterConjunction()) == Lexicons.Boundary.COMPLEMENTISER;
    }

    private static boolean isRelative(Token t) {
        String w = t.afterConjunction();
        return w.equals("الذي") || w.equals("التي") || w.equals("الذين");
    }

    private static boolean opens(Token t) {
        String w = t.afterConjunction();
        String bare = w.length() > 2 && (w.startsWith("و") || w.startsWith("ف")) ? w.substring(1) : w; // "وكان"
        return t.punctuation() || CLAUSE_OPENERS.contains(w) || CLAUSE_OPENERS.contains(t.stem())
                || CLAUSE_OPENERS.contains(bare);
    }

    /** A cue's speaker: the entity, the mention that named it here (null when implicit), and the sieve. */
    public record Attribution(Entity entity, Mention mention, String rule, boolean implicit) {
    }

    /**
     * What the attributor remembers while reading one article: the entities, who spoke or stood as a
     * subject most recently, and the governing subjects of the current sentence.
     */
    public static final class Discourse {

        final EntityResolver resolver = new EntityResolver();
        /** Every folded word of the article: whether a word also stands on its own elsewhere. */
        Set<String> articleWords = Set.of();

        /** Remembers the article's words (folded, split at anything not a letter). */
        public void readArticle(String text) {
            Set<String> words = new java.util.HashSet<>();
            for (String w : org.mizan.core.text.ArabicFolding.fold(text).split("[^\\p{L}]+")) {
                if (w.length() > 1) {
                    words.add(w);
                }
            }
            articleWords = words;
        }
        private final List<Entity> recent = new ArrayList<>();
        private final List<int[]> sentenceSubjects = new ArrayList<>();
        private final List<Entity> sentenceEntities = new ArrayList<>();
        private final List<int[]> sentenceNamed = new ArrayList<>();
        private final List<Entity> sentenceNamedEntities = new ArrayList<>();

        /** A named entity met anywhere (not as a speaker): registered for later references, not made recent. */
        public void introduce(Mention m) {
            Entity e = resolver.resolve(m);
            sentenceNamed.add(new int[] {m.first()});
            sentenceNamedEntities.add(e);
        }

        /** The latest titled person or named organisation of the current sentence before {@code position}. */
        Entity namedBefore(int position) {
            Entity best = null;
            for (int i = 0; i < sentenceNamed.size(); i++) {
                if (sentenceNamed.get(i)[0] < position) {
                    best = sentenceNamedEntities.get(i);
                }
            }
            return best;
        }

        /** Whether a folded word belongs to a name met so far. */
        public boolean knowsNameWord(String folded) {
            return resolver.knowsNameWord(folded);
        }

        /** Starts a new sentence: forgets the previous sentence's governing subjects. */
        public void newSentence() {
            sentenceSubjects.clear();
            sentenceEntities.clear();
            sentenceNamed.clear();
            sentenceNamedEntities.clear();
        }

        /** An entity standing as a subject (or speaking) at sentence-local token {@code position}. */
        public void subjectAt(Entity e, int position) {
            sentenceSubjects.add(new int[] {position});
            sentenceEntities.add(e);
            spoke(e); // a clause subject is as good an antecedent for a later dropped subject as a speaker
        }

        void spoke(Entity e) {
            recent.remove(e);
            recent.add(e);
        }

        /** The subject of the verb governing a participle at {@code position}: the latest subject before it. */
        Entity governorBefore(int position, CueForm form) {
            Entity best = null;
            Entity latest = null;
            for (int i = 0; i < sentenceSubjects.size(); i++) {
                if (sentenceSubjects.get(i)[0] < position) {
                    latest = sentenceEntities.get(i);
                    if (agrees(latest, form)) {
                        best = latest;
                    }
                }
            }
            // "مشيرا" after "الولايات المتحدة ... كيري": the agreeing subject; the latest one if none agrees
            return best != null ? best : latest != null && form.agreement().equals("-") ? latest : best;
        }

        Entity latestPerson() {
            for (int i = recent.size() - 1; i >= 0; i--) {
                if (recent.get(i).kind() == SpeakerKind.PERSON && !recent.get(i).names().isEmpty()) {
                    return recent.get(i);
                }
            }
            return null;
        }

        Entity latest() {
            return recent.isEmpty() ? null : recent.get(recent.size() - 1);
        }

        /** The latest entity that agrees with a verb form; feminine forms also fit institutions. */
        Entity latestAgreeing(CueForm form) {
            for (int i = recent.size() - 1; i >= 0; i--) {
                Entity e = recent.get(i);
                if (agrees(e, form)) {
                    return e;
                }
            }
            return null;
        }

        static boolean agrees(Entity e, CueForm form) {
            boolean institution = e.kind() == SpeakerKind.ORGANIZATION || e.kind() == SpeakerKind.DOCUMENT
                    || e.kind() == SpeakerKind.ANONYMOUS;
            if (form.plural()) {
                return e.plural() || e.kind() == SpeakerKind.GROUP;
            }
            if (form.feminine()) {
                return e.feminine() || (institution && e.plural());
            }
            return !e.feminine() && !e.plural();
        }
    }
}

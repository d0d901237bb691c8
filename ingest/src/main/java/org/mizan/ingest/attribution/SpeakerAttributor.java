package org.mizan.ingest.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.core.SpeakerKind;
import org.mizan.core.text.Affix;

/**
 * Decides who speaks for each cue through ordered sieves ({@link SpeakerSieve}, one class per rule, in the
 * order of {@link #sieves}); the rule that decides is recorded as the speaker's {@link AttributionRule}.
 * This class holds the sieve order and the subject-slot readings the sieves share (pre-verbal subject,
 * addressee, relayed source, explicit and implicit resolution). The per-article memory (who spoke last,
 * which entities exist) lives in a {@link Discourse}.
 */
public final class SpeakerAttributor {

    /** The name given to a speaker no sieve could find. */
    static final String UNRESOLVED = WordClass.UNRESOLVED_SPEAKER.word();

    final MentionParser parser;
    /** The sieves in their one declared order, most precise first. */
    private final List<SpeakerSieve> sieves = List.of(
            new SourcePhraseSieve(),
            new PronounSubjectSieve(),
            PreVerbalSubjectSieve.marked(),
            new PostVerbalSubjectSieve(),
            PreVerbalSubjectSieve.unmarked(),
            new NamedInSentenceSieve(),
            new ParticipleGovernorSieve(),
            new DroppedSubjectSieve());

    SpeakerAttributor(MentionParser parser) {
        this.parser = parser;
    }

    public static SpeakerAttributor standard() {
        return new SpeakerAttributor(MentionParser.standard());
    }

    /** Who spoke for one cue, or null when no speaker can be found: the first sieve that decides. */
    public Attribution attribute(String text, List<Token> s, Cue cue, Discourse d) {
        SpeakerSieve.Input in = new SpeakerSieve.Input(text, s, cue, d, this);
        for (SpeakerSieve sieve : sieves) {
            if (sieve.reads(cue)) {
                Attribution a = sieve.decide(in);
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    /** Adverbs and resumptive pronouns between the verb and its subject: "جددت فيه المعارضة", "وقال أيضا". */
    static int skipAdjuncts(List<Token> s, int p) {
        int i = p;
        while (i < s.size() && i < p + 3 && !s.get(i).punctuation() && (WordClass.ADJUNCT.has(s.get(i).afterConjunction())
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
    Mention afterAddressee(String text, List<Token> s, int p, Discourse d) {
        if (p >= s.size() || s.get(p).punctuation() || !Affix.LI.prefixes(s.get(p).afterConjunction())) {
            return null;
        }
        boolean bare = Affix.LI.has(s.get(p).afterConjunction());
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
    static boolean addressee(List<Token> s, Mention m, Discourse d) {
        Token t = s.get(m.first());
        if (t.punctuation() || m.kind() != SpeakerKind.PERSON || m.role() != null) {
            return false;
        }
        String w = t.afterConjunction();
        if (WordClass.ADVERSATIVE.prefixes(w) && w.length() <= 6) {
            return true;
        }
        if (!Affix.LI.prefixes(w) || w.length() < 4) {
            return false;
        }
        String rest = w.substring(1);
        int k = m.first() + 1;
        boolean occasion = k + 1 < s.size() && !s.get(k).punctuation()
                && WordClass.LOCATIVE_PREPOSITION.has(s.get(k).afterConjunction())
                && Lexicons.get().speechEvents.contains(s.get(k + 1).stem());
        return occasion || d.articleWords.contains(rest) || Affix.LI.prefixes(rest)
                && d.articleWords.contains(Affix.ARTICLE_ALEF.word() + rest);
    }

    /** The verb's own complement comes first ("وعد بإعادة", "أشار إلى"): there is no subject after the verb. */
    static boolean complementFollows(List<Token> s, Cue cue, int p, Discourse d) {
        if (p >= s.size()) {
            return true;
        }
        Token t = s.get(p);
        for (String marker : cue.form().complements()) {
            // "دعا باراك إلى": a name met before that merely begins with ب is the subject, not the complement
            if (WordClass.JOINED_COMPLEMENT_MARKER.has(marker) && !t.punctuation()
                    && t.afterConjunction().startsWith(marker)
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
    Attribution relayedSource(String text, List<Token> s, Cue cue, Mention relay, Discourse d) {
        if (!WordClass.RELAY_LEMMA.has(cue.form().lemma())) {
            return null;
        }
        int j = relay.last() + 1;
        while (j < s.size() && j <= relay.last() + 4 && !s.get(j).punctuation()
                && !WordClass.SOURCE_PREPOSITION.has(s.get(j).afterConjunction())) {
            j++; // "وكالة الأنباء الوطنية الرسمية عن الرئيس": the relay's name may run on
        }
        if (j < s.size() && !s.get(j).punctuation() && WordClass.SOURCE_PREPOSITION.has(s.get(j).afterConjunction())) {
            Mention source = parser.parse(text, s, j + 1, d.resolver::knowsNameWord);
            if (source != null) {
                d.resolver.resolve(relay);
                return explicit(trimToKnownName(text, s, source, d), d, AttributionRule.RELAYED_SOURCE);
            }
        }
        return null;
    }

    /**
     * A bare name that starts like a known entity keeps only the words of that entity's name: "وأكد
     * شتاينماير تفهمه" is شتاينماير, not a two-word name.
     */
    Mention trimToKnownName(String text, List<Token> s, Mention m, Discourse d) {
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
    static boolean utteranceNoun(Token t) {
        return !t.punctuation() && !t.definite() && t.prefix().isEmpty() && t.suffix().isEmpty()
                && Lexicons.get().commonWords.contains(t.stem()) && !Lexicons.get().isVerb(t);
    }

    static int sourceStart(List<Token> s, int p) {
        if (p < s.size() && !s.get(p).punctuation() && Affix.LI.has(s.get(p).folded())) {
            return p + 1;
        }
        return p;
    }

    Attribution explicit(Mention m, Discourse d, AttributionRule rule) {
        if (m.description() && m.kind() == SpeakerKind.PERSON && d.resolver.find(m) == null
                && !WordClass.NEVER_PRINCIPAL.has(WordList.stripArticle(m.head()))) {
            // "الدبلوماسي الروسي", "السياسي الراحل": a description no title matches is the person in focus
            Entity focus = d.latestPerson();
            if (focus != null && d.resolver.couldBe(m, focus)) {
                focus.add(m);
                d.spoke(focus);
                return new Attribution(focus, m, AttributionRule.DEFINITE_DESCRIPTION, false);
            }
        }
        Entity prior = m.description() ? d.resolver.find(m) : null;
        boolean refersBack = prior != null && !prior.mentionedAt(m.span().start());
        Entity e = d.resolver.resolve(m);
        d.spoke(e);
        return new Attribution(e, m, refersBack ? AttributionRule.DEFINITE_DESCRIPTION : rule, false);
    }

    Attribution implicit(Cue cue, Discourse d, AttributionRule rule) {
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
            return new Attribution(new Entity(unknown), null, AttributionRule.UNRESOLVED, true);
        }
        d.spoke(e);
        return new Attribution(e, null, AttributionRule.DROPPED_SUBJECT_FALLBACK, true);
    }

    /**
     * "سبق للرئيس أن قال": a verb of prior aspect takes the doer as its ل-object, and the verb of the أن
     * clause after it has no subject of its own. Null unless the cue stands right after that أن.
     */
    Mention priorAspectSubject(String text, List<Token> s, int verb, Discourse d) {
        int k = verb - 1;
        if (k < 2 || !isComplementiser(s.get(k))) {
            return null;
        }
        for (int j = k - 2; j >= 0 && j >= k - 6; j--) {
            Token t = s.get(j);
            if (t.punctuation()) {
                return null;
            }
            if (WordClass.PRIOR_ASPECT.has(t.afterConjunction())) {
                Token object = s.get(j + 1);
                if (object.punctuation() || !Affix.LI.prefixes(object.afterConjunction())) {
                    return null;
                }
                boolean bare = Affix.LI.has(object.afterConjunction());
                Mention m = parser.parse(text, s, bare ? j + 2 : j + 1, d.resolver::knowsNameWord, true);
                return m != null && m.last() < k ? m : null;
            }
        }
        return null;
    }

    /** "X قد أعلن" / "X يقول" / "X الذي أعلن" / "X، يعتقد": a noun phrase that ends right before the verb. */
    Mention preVerbalSubject(String text, List<Token> s, int verb, Discourse d, CueForm cueForm) {
        int end = verb - 1;
        while (end >= 0 && !s.get(end).punctuation() && WordClass.AUXILIARY.has(s.get(end).afterConjunction())) {
            end--;
        }
        boolean relative = false;
        boolean auxiliary = end < verb - 1; // "... قد قال": the slot before قد is the subject's alone
        if (end >= 0 && !s.get(end).punctuation() && WordClass.RELATIVE_MA.has(s.get(end).stem())) {
            return null; // "ما أسماه", "لما وصفه", "ما قال": ما is the object or a negation, no subject stands before it
        }
        if (end >= 0 && !s.get(end).punctuation() && isRelative(s.get(end))) {
            if (!s.get(verb).suffix().isEmpty()) {
                return null; // "اليمن التي وصفها": the antecedent is the object the pronoun resumes
            }
            String pronoun = s.get(end).afterConjunction();
            if (cueForm != null && (WordClass.RELATIVE_FEMININE.has(pronoun) && !cueForm.feminine() && !cueForm.plural()
                    || WordClass.RELATIVE_MASCULINE.has(pronoun) && cueForm.feminine())) {
                return null; // "الحملة ... التي قال": a feminine antecedent cannot be the subject of قال
            }
            end--;
            relative = true;
        }
        if (end >= 0 && s.get(end).isComma()) {
            end--;
            Mention apposed = apposedSubject(text, s, end, d, cueForm);
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
                        && !s.get(m.last() + 1).punctuation() && Affix.WA.has(s.get(m.last() + 1).conjunction())) {
                    // "الحوثيين وحزب المؤتمر يؤكدون": two coordinated subjects speak as a group
                    Mention second = parser.parse(text, s, m.last() + 1, d.resolver::knowsNameWord);
                    if (second != null && second.last() >= end - 1 && second.last() <= end) {
                        String both = MentionParser.words(s, m.first(), second.last(), false);
                        m = new Mention(m.first(), second.last(),
                                org.mizan.core.Span.of(text, m.span().start(), second.span().end()), both, null,
                                m.head(), SpeakerKind.GROUP, false, true, false);
                    }
                }
                if (m != null && auxiliary && !relative && m.last() < end - 1) {
                    Mention slot = parser.completeSlot(text, s, start, end, end + 1, m);
                    if (slot.last() == end) {
                        return slot;
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
    private Mention apposedSubject(String text, List<Token> s, int end, Discourse d, CueForm cueForm) {
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
                if (m != null && m.last() + 2 < end && !s.get(m.last() + 1).punctuation() && isRelative(s.get(m.last() + 1))
                        && agrees(s.get(m.last() + 1), cueForm) && noClauseBreak(s, m.last() + 2, end)) {
                    // "البلدية التي تعرضت لانتقادات، أعلنت": the subject carries a relative clause the comma closes
                    return m;
                }
                if (start == 0 || !s.get(start - 1).punctuation()) {
                    return null; // only the first clause opener counts
                }
            }
        }
        return null;
    }

    /** The relative pronoun agrees with the verb: التي a feminine verb, الذي a masculine singular, الذين a plural. */
    private static boolean agrees(Token pronoun, CueForm form) {
        if (form == null) {
            return false;
        }
        String w = pronoun.afterConjunction();
        return WordClass.RELATIVE_FEMININE.has(w) ? form.feminine() && !form.plural()
                : WordClass.RELATIVE_PLURAL.has(w) ? form.plural() : !form.feminine() && !form.plural();
    }

    /** No sentence end, colon, quote or complementiser between: one relative clause, no reported content. */
    private static boolean noClauseBreak(List<Token> s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.get(k);
            if (t.isSentenceEnd() || t.isColon() || t.isQuote() || isComplementiser(t)) {
                return false;
            }
        }
        return true;
    }

    static boolean isComplementiser(Token t) {
        return !t.punctuation()
                && Lexicons.get().boundaries.get(t.afterConjunction()) == Lexicons.Boundary.COMPLEMENTISER;
    }

    private static boolean isRelative(Token t) {
        String w = t.afterConjunction();
        return WordClass.RELATIVE_MASCULINE.has(w) || WordClass.RELATIVE_FEMININE.has(w)
                || WordClass.RELATIVE_PLURAL.has(w);
    }

    private static boolean opens(Token t) {
        String w = t.afterConjunction();
        String bare = w.length() > 2 && WordClass.CLITIC_CONJUNCTION.prefixes(w) ? w.substring(1) : w; // "وكان"
        return t.punctuation() || WordClass.CLAUSE_OPENER.has(w) || WordClass.CLAUSE_OPENER.has(t.stem())
                || WordClass.CLAUSE_OPENER.has(bare);
    }

    /** A cue's speaker: the entity, the mention that named it here (null when implicit), and the sieve. */
    public record Attribution(Entity entity, Mention mention, AttributionRule rule, boolean implicit) {
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

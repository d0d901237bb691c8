package org.mizan.ingest.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mizan.core.Span;
import org.mizan.core.SpeakerKind;
import org.mizan.core.text.Affix;

/**
 * Finds reporting cues in one sentence: reporting verbs in every inflection (with the conjunctions و/ف
 * and the purpose ل), participial cues (مؤكدا، مشيرة), verbs with an object pronoun (وصفها), and
 * source phrases (وفقا لـ، بحسب، حسب، نقلا عن).
 *
 * <p>A token only counts when its form, after the clitic split, is exactly an entry of the inflection
 * table ("قالب" is no form of قال). Forms that are also nouns or have other senses (رأى/رأي، بين، عبر،
 * أشار) require their complement — أن/إن, a colon or quote, or their preposition — later in the clause.
 */
public final class CueFinder {

    private static final CueForm PHRASE = new CueForm(WordClass.SOURCE_PHRASE_LEMMA.word(), "", CueForm.Type.PHRASE, "-", Set.of());

    private static final List<String> OBJECT_PRONOUNS = WordClass.OBJECT_PRONOUN_SUFFIX.list();
    private static final int SPEAKER_GAP = 12;
    private static final int PREPOSITION_GAP = 5;
    /** How many tokens an aside between dashes or brackets after the speaker may hold. */
    private static final int PARENTHETICAL = 16;
    /** How far after the speaker a comma may close an apposition before the complement. */
    private static final int APPOSITION = 25;
    /** The lexicon's complement "من+ان": من, then an أن within this many words. */
    private static final String ASKED_TO = WordClass.ASKED_TO_MARKER.word();
    private static final int ASKED_TO_GAP = 6;

    private final CueLexicon lexicon;
    private final Lexicons lexicons;
    private final MentionParser parser;

    CueFinder(Lexicons lexicons, MentionParser parser) {
        this.lexicons = lexicons;
        this.lexicon = lexicons.cues;
        this.parser = parser;
    }

    public static CueFinder standard() {
        return new CueFinder(Lexicons.get(), MentionParser.standard());
    }

    public List<Cue> find(String text, List<Token> sentence) {
        List<Cue> out = new ArrayList<>();
        for (int i = 0; i < sentence.size(); i++) {
            Token t = sentence.get(i);
            if (t.punctuation()) {
                continue;
            }
            Cue phrase = phrase(text, sentence, i);
            if (phrase != null) {
                out.add(phrase);
                i = phrase.last();
                continue;
            }
            Cue named = designation(text, sentence, i);
            if (named != null) {
                out.add(named);
                i = named.last();
                continue;
            }
            Cue noun = verbalNoun(text, sentence, i);
            if (noun != null) {
                out.add(noun);
                continue;
            }
            Optional<CueForm> form = formOf(t);
            if (form.isEmpty() || nounContext(sentence, i) || adverbReading(sentence, i) || referringTo(sentence, i)) {
                continue;
            }
            boolean strict = WordClass.AMBIGUOUS_CUE.has(t.afterConjunction()) || WordClass.AMBIGUOUS_CUE.has(t.stem())

                    // "ذلك لا ينفي قيام خلاف": a negated present tense with a noun object is no report
                    || form.get().type() == CueForm.Type.PRESENT && i > 0
                            && WordClass.PRESENT_NEGATOR.has(sentence.get(i - 1).folded());
            if ((!form.get().complements().isEmpty() || strict) && !hasComplement(text, sentence, i, form.get(), strict)
                    && !postposed(sentence, i)) {
                continue;
            }
            if (futurePrefix(t.afterConjunction()) && !contentOpens(sentence, i)) {
                continue; // "سيعلن موعد الاستفتاء": a future verb reports only with its content opened
            }
            if (impersonal(sentence, i, form.get()) || nothingSaid(sentence, i) || echoesPreviousCue(sentence, out, i, form.get())
                    || generic(text, sentence, i, form.get())) {
                continue;
            }
            out.add(new Cue(i, i, Span.of(text, t.start(), t.end()), form.get()));
        }
        return out;
    }

    /** The inflection-table entry of a token, trying the bare form, then verb + object pronoun, then ل + present. */
    Optional<CueForm> formOf(Token t) {
        String bare = t.afterConjunction();
        Optional<CueForm> form = lexicon.lookup(bare);
        if (form.isPresent()) {
            return form;
        }
        if (!t.suffix().isEmpty() && t.prefix().isEmpty()) {
            form = lexicon.lookup(t.stem());
            // "وأكدنا": on a past verb نا is the subject "we", a speaker's own words, not a new report
            boolean firstPerson = Affix.FIRST_PLURAL_SUFFIX.has(t.suffix()) && form.isPresent()
                    && form.get().type() == CueForm.Type.PAST;
            if (form.isPresent() && form.get().type() != CueForm.Type.PARTICIPLE && !firstPerson) {
                return form;
            }
        }
        if ((Affix.LI.prefixes(bare) || futurePrefix(bare)) && bare.length() > 3) {
            // "ليؤكد": ل + present; "سيقول", "ستعلن": the future prefix on a present form
            form = lexicon.lookup(bare.substring(1));
            if (form.isPresent() && form.get().type() == CueForm.Type.PRESENT) {
                return form;
            }
        }
        form = withObjectPronoun(bare);
        return form.isPresent() && endsWithTaMarbuta(t) ? Optional.empty() : form;
    }

    /** A complementiser, colon or opening quote within the clause after the verb at {@code i}. */
    private boolean contentOpens(List<Token> s, int i) {
        for (int j = i + 1; j < s.size() && j <= i + SPEAKER_GAP && !s.get(j).isSentenceEnd(); j++) {
            if (s.get(j).isColon() || s.get(j).isOpeningQuote() || isComplementiser(s.get(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDocument(Mention m) {
        return m != null && m.kind() == SpeakerKind.DOCUMENT;
    }

    /** سـ before the prefix of a present verb (ي، ت، ن، ا): the future. */
    private static boolean futurePrefix(String w) {
        return w.length() > 4 && Affix.FUTURE_PREFIX.isLetter(w.charAt(0))
                && (Affix.IMPERFECT_PREFIX.isLetter(w.charAt(1)) || Affix.FIRST_SINGULAR_PREFIX.isLetter(w.charAt(1)));
    }

    /** "إشارة": folding writes ة as ه, which is no object pronoun. */
    private static boolean endsWithTaMarbuta(Token t) {
        return Affix.TA_MARBUTA.suffixes(t.letters());
    }

    /**
     * "ما قاله كيري", "لما وصفه بـ", "ما أسماه": a verb the tokenizer kept whole with its object pronoun. A
     * final weak verb writes its ى as ا before the pronoun (أسمى → أسماه).
     */
    private Optional<CueForm> withObjectPronoun(String bare) {
        for (String pronoun : OBJECT_PRONOUNS) {
            if (!bare.endsWith(pronoun) || bare.length() - pronoun.length() < 3) {
                continue;
            }
            String base = bare.substring(0, bare.length() - pronoun.length());
            Optional<CueForm> form = lexicon.lookup(base);
            if (form.isEmpty() && Affix.WEAK_ALEF.suffixes(base)) {
                form = lexicon.lookup(base.substring(0, base.length() - 1) + Affix.WEAK_YA.word());
            }
            if (form.isPresent() && form.get().type() != CueForm.Type.PARTICIPLE) {
                return form;
            }
        }
        return Optional.empty();
    }

    /** "يذكر أن ..." / "يعتقد أن ..." with nothing between: the passive "it is said that", no speaker. */
    private boolean impersonal(List<Token> s, int i, CueForm form) {
        if (!WordClass.IMPERSONAL.has(form.form()) || i + 1 >= s.size()) {
            return false;
        }
        Token next = s.get(i + 1);
        return isComplementiser(next) || WordClass.ALLATIVE_PREPOSITION.has(next.afterConjunction());
    }

    /**
     * The complement must follow the cue, or the subject after it: أن/إن or a colon within a few words of
     * the speaker (room for "، في تصريح له اليوم، ..."), a preposition right after. Ambiguous forms take
     * only a complement standing right there.
     */
    private boolean hasComplement(String text, List<Token> s, int cue, CueForm form, boolean strict) {
        Set<String> markers = form.complements().isEmpty()
                ? Set.of(WordClass.COMPLEMENTISER_MARKER.word(), ":") : form.complements();
        if (cue + 1 < s.size()) {
            for (String marker : markers) {
                if (marker.equals(ASKED_TO) ? askedTo(s, cue + 1) : matches(marker, s.get(cue + 1), 1)) {
                    return true; // "وعد بإعادة التفاوض": the complement right after the verb
                }
            }
        }
        int after = cue;
        Mention subject = parser.parse(text, s, cue + 1);
        if (subject != null) {
            after = subject.last();
        }
        int gap = strict ? 2 : SPEAKER_GAP;
        int anchor = after;
        int end = after + gap;
        for (int j = after + 1; j < s.size() && j <= end; j++) {
            Token t = s.get(j);
            if (t.isSentenceEnd()) {
                return false;
            }
            int close = j == after + 1 && !strict ? parentheticalEnd(s, j) : -1;
            if (close > 0) {
                // "ودعا الوزير فلان -الذي كان يتحدث في مؤتمر صحفي- إلى": the aside between dashes is skipped
                j = close;
                anchor = close;
                end = Math.max(end, close + PREPOSITION_GAP);
                continue;
            }
            if (t.isComma() && !strict && j <= after + APPOSITION) {
                // "أعرب فلان، الناطق باسم المفوض السامي ...، عن": the apposition closes at a comma
                anchor = j;
                end = Math.max(end, j + PREPOSITION_GAP);
            }
            if (!t.punctuation() && WordClass.SAYING_PARTICIPLE_STEM.prefixes(t.afterConjunction())) {
                return true; // "وأضاف قائلا:" — the participle introduces the quotation
            }
            if (WordClass.CONTINUATIVE_LEMMA.has(form.lemma()) && j == cue + 1
                    && formOf(t).filter(f -> WordClass.SAY_LEMMA.has(f.lemma())).isPresent()) {
                return true; // "ومضى يقول": went on to say
            }
            if (!t.punctuation() && formOf(t).isPresent()) {
                return false; // another reporting verb first: the complement belongs to it
            }
            for (String marker : markers) {
                if (marker.equals(ASKED_TO) ? askedTo(s, j) : matches(marker, t, j - anchor)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The closing mark of an aside opened by a dash or bracket at {@code j}, or -1. */
    private static int parentheticalEnd(List<Token> s, int j) {
        String open = s.get(j).folded();
        String closing = open.equals("(") ? ")" : open.equals("-") || open.equals("\u2013") ? open : null;
        if (!s.get(j).punctuation() || closing == null) {
            return -1;
        }
        for (int k = j + 1; k < s.size() && k <= j + PARENTHETICAL; k++) {
            if (s.get(k).isSentenceEnd()) {
                return -1;
            }
            if (s.get(k).punctuation() && s.get(k).folded().equals(closing)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "طلب من الحكومة أن تستقيل" reports a request; "طلب المزيد من الوقت" asks for a thing and reports
     * nothing: the من of a request verb counts only when an أن follows it closely.
     */
    private boolean askedTo(List<Token> s, int j) {
        if (s.get(j).punctuation() || !WordClass.PARTITIVE_PREPOSITION.has(s.get(j).afterConjunction())) {
            return false;
        }
        for (int k = j + 1; k < s.size() && k <= j + ASKED_TO_GAP && !s.get(k).isSentenceEnd(); k++) {
            if (isComplementiser(s.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A verbal noun introduces a claim only with its agent right after it, a titled and named person or a
     * group: "نفي وزير الزراعة التونسي فلان لتلك الأنباء", "دعوة الرئيس البرازيلي فلان".
     */
    private Cue verbalNoun(String text, List<Token> s, int i) {
        Token t = s.get(i);
        if (t.punctuation() || !t.prefix().isEmpty() || !t.suffix().isEmpty() || !WordClass.VERBAL_NOUN.has(t.afterConjunction())) {
            return null;
        }
        Mention agent = parser.parse(text, s, i + 1);
        if (agent == null || agent.description()
                || !(agent.kind() == org.mizan.core.SpeakerKind.PERSON && agent.name() != null && agent.role() != null
                     || agent.kind() == org.mizan.core.SpeakerKind.GROUP)) {
            return null;
        }
        return new Cue(i, i, Span.of(text, t.start(), t.end()),
                new CueForm(t.afterConjunction(), t.afterConjunction(), CueForm.Type.NOUN, "-", Set.of()));
    }

    /**
     * "ما أطلق عليه «الفاشية الإسلامية»": what a speaker named something is their claim. أطلق alone is
     * mostly "released" or "fired"; only ما + أطلق + على with a pronoun names.
     */
    private Cue designation(String text, List<Token> s, int i) {
        Token t = s.get(i);
        if (t.punctuation() || i == 0 || i + 1 >= s.size() || !WordClass.DESIGNATING.has(t.afterConjunction())
                || s.get(i - 1).punctuation() || !WordClass.RELATIVE_MA.has(s.get(i - 1).stem())
                || s.get(i + 1).punctuation()
                        || !WordClass.SUPERESSIVE_PREPOSITION.prefixes(s.get(i + 1).afterConjunction())
                || s.get(i + 1).afterConjunction().length() < 4) {
            return null;
        }
        String agreement = Affix.FEMININE_PAST_SUFFIX.suffixes(t.afterConjunction())
                || Affix.FEMININE_PRESENT_PREFIX.prefixes(t.afterConjunction()) ? "f" : "m";
        return new Cue(i, i + 1, Span.of(text, t.start(), s.get(i + 1).end()),
                new CueForm(WordClass.DESIGNATING_LEMMA.word(), t.afterConjunction(), CueForm.Type.PAST, agreement, Set.of()));
    }

    /**
     * "أكدت الناطقة مجددا على موقفها": a participle that is also an adverb (مجددا "again") is the adverb
     * when no object follows it — a preposition or punctuation next; the participle takes its object
     * directly ("مجددا التأكيد على").
     */
    private static boolean adverbReading(List<Token> s, int i) {
        Token t = s.get(i);
        if (!t.conjunction().isEmpty() || !WordClass.ADVERB_HOMOGRAPH.has(t.afterConjunction())) {
            return false;
        }
        if (i + 1 >= s.size() || s.get(i + 1).punctuation()) {
            return true;
        }
        Token next = s.get(i + 1);
        return next.prefix().isEmpty() && WordClass.NOUN_CONTEXT.has(next.afterConjunction());
    }

    /**
     * "وكان الوزير يشير إلى القرار": a verb of pointing in the past progressive (كان + present) with a
     * noun after إلى tells what someone was referring to, the narrator's gloss; with أن it still reports.
     */
    private boolean referringTo(List<Token> s, int i) {
        Token t = s.get(i);
        if (!WordClass.REFERENCE_VERB.has(t.afterConjunction()) || i + 2 >= s.size()) {
            return false;
        }
        Token to = s.get(i + 1);
        if (to.punctuation() || !WordClass.ALLATIVE_PREPOSITION.has(to.afterConjunction())
                || isComplementiser(s.get(i + 2))) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token b = s.get(k);
            if (b.punctuation()) {
                return false;
            }
            if (WordClass.PROGRESSIVE_AUXILIARY.has(b.afterConjunction())) {
                return true;
            }
        }
        return false;
    }

    /** A verb cannot follow a preposition: "بناء على طلب", "من بين العروض". */
    private static boolean nounContext(List<Token> s, int i) {
        if (i == 0 || s.get(i - 1).punctuation() || !s.get(i).conjunction().isEmpty()) {
            return false;
        }
        return WordClass.NOUN_CONTEXT.has(s.get(i - 1).afterConjunction())
                && !WordClass.PARTITIVE_PREPOSITION.has(s.get(i - 1).folded());
    }

    /**
     * "أن يطلب", "دون أن تعلن", "الذين يقولون", "من تدعو": a subjunctive or a generic relative clause reports
     * nothing unless a named speaker follows.
     */
    private boolean generic(String text, List<Token> s, int i, CueForm form) {
        if (form.type() != CueForm.Type.PRESENT || i == 0 || s.get(i - 1).punctuation()
                || !WordClass.SUBJUNCTIVE_OR_RELATIVE.has(s.get(i - 1).afterConjunction())) {
            return false;
        }
        Mention subject = parser.parse(text, s, i + 1);
        // a bare unknown word after the verb is as likely an adverb ("صراحة") as a name
        return subject == null || subject.kind() == org.mizan.core.SpeakerKind.PERSON && subject.role() == null;
    }

    /** "…، كما صرح مصدر أمني.": the attribution follows what was said; its complement is the clause before. */
    private static boolean postposed(List<Token> s, int i) {
        return i >= 2 && !s.get(i - 1).punctuation() && WordClass.AS_CONJUNCTION.has(s.get(i - 1).folded())
                && s.get(i - 2).isComma();
    }

    /** "كما قال." — the verb closes the sentence: nothing is reported. */
    private static boolean nothingSaid(List<Token> s, int i) {
        int j = i + 1;
        while (j < s.size() && s.get(j).punctuation() && !s.get(j).isSentenceEnd() && !s.get(j).isColon()
                && !s.get(j).isOpeningQuote()) {
            j++;
        }
        return j >= s.size() || s.get(j).isSentenceEnd();
    }

    /** "وأضاف قائلا", "وحذر الوزير قائلا:": the participle repeats a verb whose content has not begun. */
    private boolean echoesPreviousCue(List<Token> s, List<Cue> found, int i, CueForm form) {
        if (!WordClass.SAY_LEMMA.has(form.lemma()) || found.isEmpty()) {
            return false;
        }
        Cue previous = found.get(found.size() - 1);
        if (form.type() == CueForm.Type.PRESENT) {
            return previous.last() == i - 1 && WordClass.CONTINUATIVE_LEMMA.has(previous.form().lemma()); // "ومضى يقول"
        }
        // a verb that needs its content opened (أضاف، تابع، أوضح: complement ":") waits through the commas
        // of its speaker's apposition and adjuncts: "وتابع الوزير، خلال المؤتمر، قائلا:"
        boolean waits = previous.form().complements().contains(":");
        if (form.type() != CueForm.Type.PARTICIPLE || i - previous.last() > (waits ? APPOSITION : 5)) {
            return false;
        }
        for (int j = previous.last() + 1; j < i; j++) {
            Token t = s.get(j);
            if (t.isColon() || t.isQuote() || t.isComma() && !waits || isComplementiser(t) || t.isSentenceEnd()) {
                return false;
            }
        }
        return true;
    }

    private boolean matches(String marker, Token t, int distance) {
        if (WordClass.COMPLEMENTISER_MARKER.has(marker)) {
            return isComplementiser(t);
        }
        if (marker.equals(":")) {
            return t.isColon() || t.isOpeningQuote();
        }
        if (WordClass.JOINED_COMPLEMENT_MARKER.has(marker)) {
            return distance <= PREPOSITION_GAP && !t.punctuation() && t.afterConjunction().startsWith(marker)
                    && (t.prefix().startsWith(marker) || t.afterConjunction().length() > 3
                        || t.afterConjunction().length() == 1);
        }
        boolean saying = WordClass.SAYING_PARTICIPLE_MARKER.has(marker);
        return (distance <= PREPOSITION_GAP || saying)
                && !t.punctuation() && (t.afterConjunction().equals(marker) || t.stem().equals(marker)
                || (saying && WordClass.SAYING_PARTICIPLE_STEM.prefixes(t.afterConjunction())));
    }

    boolean isComplementiser(Token t) {
        return !t.punctuation() && lexicons.boundaries.get(t.afterConjunction()) == Lexicons.Boundary.COMPLEMENTISER;
    }

    /** "وصفه", "قوله", "تعبيره": a reporting word with a pronoun — the source's own words, no new source. */
    private boolean ownWords(Token t) {
        String w = t.folded();
        if (withObjectPronoun(w).isPresent()) {
            return true;
        }
        for (String pronoun : OBJECT_PRONOUNS) {
            if (w.endsWith(pronoun) && WordClass.SPEECH_NOUN.has(w.substring(0, w.length() - pronoun.length()))) {
                return true;
            }
        }
        return false;
    }

    /** وفقا لـ / بحسب / حسب / نقلا عن / طبقا لـ, optionally with "ما أوردته": the source follows. */
    private Cue phrase(String text, List<Token> s, int i) {
        Token t = s.get(i);
        String w = t.afterConjunction();
        int last;
        if (WordClass.ACCORDING_TO_LI.has(w) && i + 1 < s.size()
                && Affix.LI.prefixes(s.get(i + 1).afterConjunction())) {
            last = i;
            if (WordClass.LI_MA.has(s.get(i + 1).afterConjunction()) && i + 2 < s.size()) {
                last = i + 2; // وفقا لما أوردته / ذكرته
            }
        } else if (WordClass.ACCORDING_TO_NEEDS_SOURCE.has(w) && i + 1 < s.size()
                && !WordClass.RELATIVE_MA.has(s.get(i + 1).afterConjunction())) {
            // "وفق مصادر أمنية", "وفق تصريحات مصدر": a source must follow, "وفق القانون" names none
            last = i;
            Mention source = parser.parse(text, s, i + 1, w2 -> false, true);
            if (source == null && i + 2 < s.size() && lexicons.commonWords.contains(s.get(i + 1).stem()) && !s.get(i + 1).definite()) {
                source = parser.parse(text, s, i + 2, w2 -> false, true); // "وفق تصريحات مصدر"
            }
            if (source == null || source.kind() == SpeakerKind.PERSON && source.name() == null && source.role() == null) {
                return null;
            }
        } else if (WordClass.DOCUMENT_VERB.has(w) && i + 2 < s.size()
                && WordClass.LOCATIVE_PREPOSITION.has(s.get(i + 1).afterConjunction())
                && isDocument(parser.parse(text, s, i + 2, w2 -> false, true))) {
            last = i + 1; // "وجاء في البيان أن": the document states the content
        } else if (WordClass.ACCORDING_TO.has(w)) {
            last = i;
            if (i + 2 < s.size() && WordClass.RELATIVE_MA.has(s.get(i + 1).afterConjunction())) {
                last = i + 2; // بحسب ما ذكرت
                if (last + 1 < s.size() && WordClass.LOCATIVE_PREPOSITION.has(s.get(last + 1).afterConjunction())
                        && formOf(s.get(last)).isEmpty()) {
                    last++; // بحسب ما ورد في الوثيقة
                }
            }
        } else if (WordClass.ACCORDING_TO_WHAT.has(w) && i + 1 < s.size() && formOf(s.get(i + 1)).isPresent()) {
            last = i + 1; // حسبما أفادت الوكالة
        } else if (WordClass.RELAYED_FROM.has(w) && i + 1 < s.size()
                && WordClass.SOURCE_PREPOSITION.has(s.get(i + 1).afterConjunction())) {
            last = i + 1;
        } else {
            return null;
        }
        if (last + 1 >= s.size() || s.get(last + 1).isSentenceEnd()) {
            return null;
        }
        Token source = s.get(last + 1);
        if (!source.punctuation() && (!source.suffix().isEmpty() || lexicons.boundaries.get(source.afterConjunction())
                == Lexicons.Boundary.FUNCTION || ownWords(source))) {
            return null; // "بحسب وصفه" (his own words), "وحسب وإنما" (not only ... but)
        }
        return new Cue(i, last, Span.of(text, t.start(), s.get(last).end()), PHRASE);
    }
}

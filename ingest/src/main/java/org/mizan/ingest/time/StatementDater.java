package org.mizan.ingest.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.mizan.core.DateSource;
import org.mizan.core.Span;
import org.mizan.core.TimeExpression;
import org.mizan.core.text.Affix;
import org.mizan.core.text.ArabicFolding;

/**
 * Decides the date of the act of saying: the time expression that modifies the reporting verb (in the
 * cue's clause, outside the reported content), kept apart from dates inside the content.
 *
 * <p>Where Arabic news dates a statement: between the verb and the content in verb-first order
 * ("وقال المحافظ الاثنين إن…", "أوضح في حديث صحفي أمس أن…"); at the head of the clause right before the
 * verb ("ومساء الخميس، أوضحت الهيئة…"); after the content in a phrase naming the occasion ("…في مقابلته
 * أمس مع إذاعة…"); and, for a participle cue (مشيرا، مؤكدا، قائلا), the date of the main clause it hangs
 * on. A date inside the content describes the reported events, never the saying. A statement cannot be
 * made after publication, so only days up to the publication date count.
 */
public final class StatementDater {

    /** Words far enough into the sentence that, without a content span, the saying is surely over. */
    private static final int WINDOW_WITHOUT_CONTENT = 12;
    /** Words a quoted name may have; a longer quotation is reported speech. */
    private static final int QUOTED_NAME_WORDS = 4;
    /** Words a heading occasion phrase may have: "وفي تصريحات صحفية له". */
    private static final int OCCASION_LEAD_WORDS = 5;

    private final TimexLexicon lexicon;

    public StatementDater(TimexLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public StatementDater() {
        this(TimexLexicon.standard());
    }

    public StatementDate date(String text, Span sentence, Span cue, Span content,
                              List<TimeExpression> timex, LocalDate published) {
        if (sentence == null) {
            sentence = Span.of(text, 0, text.length());
        }
        if (timex == null) {
            timex = List.of();
        }
        if (content != null && content.length() == 0) {
            content = null; // nothing was delimited (the sentence ended at the complementiser): no bound
        }
        Span within = sentence;
        List<TimeExpression> candidates = timex.stream()
                .filter(t -> within.contains(t.span()) && usable(t, published))
                .sorted(Comparator.comparingInt(t -> t.span().start()))
                .toList();
        TimeExpression found = afterCue(text, sentence, cue, content, candidates);
        if (found == null) {
            found = headingClause(text, sentence, cue, candidates);
        }
        if (found == null) {
            found = namedOccasion(text, sentence, cue, content, candidates);
        }
        if (found == null && (isParticiple(cue.text()) || afterWhat(text, sentence, cue))) {
            found = mainClause(text, sentence, cue, candidates);
        }
        if (found == null && coordinated(text, sentence, cue)) {
            found = mainClause(text, sentence, cue, candidates);
        }
        if (found != null) {
            return new StatementDate(LocalDate.parse(found.value()), found.span().text(), DateSource.EXPLICIT);
        }
        return published != null ? new StatementDate(published, null, DateSource.PUBLISHED) : StatementDate.unknown();
    }

    /** A day no later than publication; weeks, months and years are too coarse to date a saying. */
    private static boolean usable(TimeExpression t, LocalDate published) {
        if (t.value() == null || t.value().length() != 10) {
            return false;
        }
        try {
            LocalDate d = LocalDate.parse(t.value());
            return published == null || !d.isAfter(published);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Between the cue and the start of the content, cut at the first complementiser, colon or quote. */
    private TimeExpression afterCue(String text, Span sentence, Span cue, Span content,
                                    List<TimeExpression> candidates) {
        int limit = content != null && content.start() >= cue.end() ? Math.min(content.start(), sentence.end())
                : sentence.end();
        int end = contentOpening(text, cue.end(), limit, content == null || content.start() < cue.end());
        for (TimeExpression t : candidates) {
            if (t.span().start() >= cue.end() && t.span().end() <= end
                    && !dateOfAnEvent(text, cue.end(), t.span().start())) {
                return t;
            }
        }
        return null;
    }

    /**
     * A date between the verb and the content that belongs to something else the speaker's phrase
     * mentions: it heads an event noun ("خطيب صلاة الجمعة"), or sits in a relative clause ("عقب
     * الجولة التي اختُتمت يوم السبت").
     */
    private boolean dateOfAnEvent(String text, int from, int offset) {
        String[] words = ArabicFolding.fold(text.substring(from, offset)).split("[^\\p{L}]+");
        for (String w : words) {
            if (TimeWord.RELATIVE_PRONOUN.has(w)) {
                return true;
            }
        }
        for (int k = words.length - 1; k >= 0; k--) {
            String w = words[k];
            if (w.isEmpty() || TimeWord.DAY_NOUN.has(w)) {
                continue;
            }
            return lexicon.isEventHead(w);
        }
        return false;
    }

    /**
     * The offset where the reported content opens after {@code from}: a complementiser (أن، إن، بأن),
     * a colon or an opening guillemet; without a content span also after a few words.
     */
    private static int contentOpening(String text, int from, int limit, boolean bounded) {
        int words = 0;
        int i = from;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (isQuoteMark(c)) {
                int close = closingOfQuotedName(text, i);
                if (close < 0) {
                    return i;
                }
                i = close + 1;
                continue;
            }
            if (ArabicFolding.isArabicLetter(c)) {
                int j = i;
                while (j < limit && (ArabicFolding.isArabicLetter(text.charAt(j))
                        || ArabicFolding.fold(text.charAt(j)) == '\0')) {
                    j++;
                }
                String w = ArabicFolding.fold(text.substring(i, j));
                if (isComplementiser(w)) {
                    return i;
                }
                words++;
                if (bounded && words > WINDOW_WITHOUT_CONTENT) {
                    return i;
                }
                i = j;
            } else {
                i++;
            }
        }
        return limit;
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '«' || c == '„';
    }

    /**
     * Where a quoted name ("صحيفة “فلسطين”") opening at {@code i} closes, or -1 when the mark opens a
     * quotation: no closing mark within a few words.
     */
    private static int closingOfQuotedName(String text, int i) {
        int words = 0;
        boolean in = false;
        for (int k = i + 1; k < text.length(); k++) {
            char d = text.charAt(k);
            if (d == '"' || d == '”' || d == '»' || d == '“') {
                return words > QUOTED_NAME_WORDS ? -1 : k;
            }
            boolean letter = Character.isLetterOrDigit(d);
            if (letter && !in) {
                words++;
            }
            in = letter;
            if (words > QUOTED_NAME_WORDS) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isComplementiser(String w) {
        String base = TimeWord.COMPLEMENTISER_CLITIC.prefixes(w) ? w.substring(1) : w;
        return TimeWord.COMPLEMENTISER.has(base) || TimeWord.COMPLEMENTISER_HU.prefixes(base);
    }

    /** A date opening the cue's clause with nothing but punctuation before the cue: "وصباح الثلاثاء، أكدت". */
    private TimeExpression headingClause(String text, Span sentence, Span cue, List<TimeExpression> candidates) {
        for (int k = candidates.size() - 1; k >= 0; k--) {
            TimeExpression t = candidates.get(k);
            if (t.span().end() > cue.start()) {
                continue;
            }
            if (!onlyPunctuation(text, t.span().end(), cue.start())) {
                return null;
            }
            return clauseInitial(text, sentence, t.span().start()) ? t : null;
        }
        return null;
    }

    private static boolean onlyPunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '،' && c != ',' && c != '-' && c != '–') {
                return false;
            }
        }
        return true;
    }

    /**
     * Nothing but a conjunction or في between the start of the clause (or sentence) and the offset, or
     * a short phrase naming the occasion ("وفي تصريحات صحفية أمس، قال…").
     */
    private boolean clauseInitial(String text, Span sentence, int offset) {
        int start = sentence.start();
        for (int i = offset - 1; i >= sentence.start(); i--) {
            char c = text.charAt(i);
            if (".!?؟؛;\n،,:".indexOf(c) >= 0) {
                start = i + 1;
                break;
            }
        }
        String lead = ArabicFolding.fold(text.substring(start, offset)).strip();
        if (lead.isEmpty() || TimeWord.CLAUSE_LEAD.has(lead)) {
            return true;
        }
        String[] words = lead.split("\\s+");
        boolean opensWithIn = TimeWord.OCCASION_OPENER.has(words[0]);
        return opensWithIn && words.length <= OCCASION_LEAD_WORDS && occasionBefore(text, start, offset);
    }

    /**
     * A date right after a noun naming the occasion of the saying: after the content ("…في مقابلته أمس مع
     * إذاعة"), or inside a content that no complementiser opened ("تكلم عن المشكلة خلال مقابلته أمس").
     */
    private TimeExpression namedOccasion(String text, Span sentence, Span cue, Span content,
                                         List<TimeExpression> candidates) {
        if (content == null) {
            return null;
        }
        for (TimeExpression t : candidates) {
            int start = t.span().start();
            if (start < cue.end()) {
                continue;
            }
            boolean after = start >= content.end();
            boolean unopened = !after && contentOpening(text, cue.end(), start, false) >= start;
            if ((after || unopened) && occasionBefore(text, Math.max(cue.end(), sentence.start()), start)) {
                return t;
            }
        }
        return null;
    }

    /** One of the (up to three) words right before {@code offset} names a speech occasion. */
    private boolean occasionBefore(String text, int from, int offset) {
        String[] words = ArabicFolding.fold(text.substring(from, offset)).split("[^\\p{L}]+");
        int seen = 0;
        for (int k = words.length - 1; k >= 0 && seen < 3; k--) {
            String w = words[k];
            if (w.isEmpty()) {
                continue;
            }
            seen++;
            if (lexicon.isSpeechEvent(w) || w.length() > 3 && lexicon.isSpeechEvent(w.substring(1))
                    || Affix.DEFINITE_ARTICLE.prefixes(w) && lexicon.isSpeechEvent(w.substring(2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A participle cue (مشيرا، مؤكدا، قائلا) takes the date of the clause it hangs on: the last date
     * before it in the sentence, provided no reported content opens before that date or between it and
     * the participle (then the date belongs to the content, or the participle to another statement).
     */
    private static TimeExpression mainClause(String text, Span sentence, Span cue, List<TimeExpression> candidates) {
        TimeExpression last = null;
        for (TimeExpression t : candidates) {
            if (t.span().end() <= cue.start()) {
                last = t;
            }
        }
        // Only a date in words (أمس، يوم الخميس): a written-out date before a participle is an event's.
        if (last != null && last.span().text().chars().anyMatch(ch -> ArabicFolding.digitValue((char) ch) >= 0)) {
            return null;
        }
        if (last == null) {
            return null;
        }
        boolean contentBefore = contentOpening(text, sentence.start(), last.span().start(), false) < last.span().start();
        boolean contentBetween = contentOpening(text, last.span().end(), cue.start(), false) < cue.start();
        return contentBefore || contentBetween ? null : last;
    }

    /**
     * "وعقدت اللجنة جلستها السبت وأبدت ارتياحها": a verb joined by و to the clause before it in the same
     * sentence shares that clause's subject and its adjuncts of time.
     */
    private static boolean coordinated(String text, Span sentence, Span cue) {
        String w = ArabicFolding.fold(cue.text().strip());
        if (w.length() < 4 || !Affix.WA.isLetter(w.charAt(0))) {
            return false;
        }
        for (int i = sentence.start(); i < cue.start(); i++) {
            if (ArabicFolding.isArabicLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "هاجم المحافظ، السبت الماضي، ما سماه ...", "عبّر عن استيائه مما اعتبره": a cue in a relative
     * clause on ما hangs on the main clause as a participle does.
     */
    private static boolean afterWhat(String text, Span sentence, Span cue) {
        int end = cue.start();
        while (end > sentence.start() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > sentence.start() && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        String w = ArabicFolding.fold(text.substring(start, end));
        return TimeWord.RELATIVE_WHAT.has(w);
    }

    /** مشيرا، مؤكدا، مضيفا (م- and ending in tanween alef) or the فاعلا form: قائلا، لافتا، داعيا. */
    static boolean isParticiple(String cue) {
        String w = ArabicFolding.fold(cue.strip());
        if (Affix.WA.prefixes(w) && w.length() > 5) {
            w = w.substring(1);
        }
        if (w.length() >= 5 && Affix.MIM_PREFIX.prefixes(w) && Affix.TA_MARBUTA_FOLDED.suffixes(w)) {
            return true;
        }
        if (w.length() < 5 || !Affix.FINAL_ALEF.suffixes(w) || Affix.PLURAL_PAST_SUFFIX.suffixes(w)) {
            return false;
        }
        return Affix.MIM_PREFIX.prefixes(w) || Affix.AGENT_ALEF.isLetter(w.charAt(1));
    }
}

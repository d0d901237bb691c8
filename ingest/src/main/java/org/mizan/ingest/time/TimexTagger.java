package org.mizan.ingest.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mizan.core.Span;
import org.mizan.core.TimeExpression;
import org.mizan.core.text.Affix;
import org.mizan.core.text.FoldedText;
import org.mizan.ingest.time.DateResolver.WeekdayMode;

/**
 * Finds every time expression in a region of the text and normalises it against an anchor date.
 *
 * <p>The text is folded and cut into tokens; at each token a handful of small grammars (a day relative
 * to publication, a weekday, a calendar unit with a direction, a day and/or month name, a year, a
 * numeric date) try to match, and the longest match wins. A proclitic و/ف/ب/ل on the first word is
 * accepted but kept out of the span, so that "وصباح الثلاثاء" yields "صباح الثلاثاء".
 */
public final class TimexTagger {

    private static final int MAX_PHRASE_WORDS = 4;

    private final TimexLexicon lexicon;

    public TimexTagger(TimexLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static TimexTagger standard() {
        return new TimexTagger(TimexLexicon.standard());
    }

    /**
     * @param region the part of {@code text} to tag (the article body, or the title)
     * @param anchor the publication date, or null: relative expressions then get a null value
     */
    public List<TimeExpression> tag(String text, Span region, LocalDate anchor) {
        if (region == null) {
            region = Span.of(text, 0, text.length());
        }
        FoldedText folded = FoldedText.of(text.substring(region.start(), region.end()));
        List<TimexToken> tokens = TimexToken.tokenize(folded.folded());
        Parser parser = new Parser(tokens, anchor);
        List<TimeExpression> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Hit hit = parser.best(i);
            if (hit == null) {
                i++;
                continue;
            }
            int start = folded.originalStart(tokens.get(hit.start).start() + hit.prefix) + region.start();
            int end = folded.originalEnd(tokens.get(hit.end - 1).end()) + region.start();
            out.add(new TimeExpression(Span.of(text, start, end), hit.value));
            i = hit.end;
        }
        return out;
    }

    /** A match over tokens [start, end), the first token's proclitic length, and its value. */
    private record Hit(int start, int prefix, int end, String value) {
    }

    /** A lexicon phrase found at a token: its value, the token after it, and the proclitic skipped. */
    private record Phrase<T>(T value, int end, int prefix, String key) {
    }

    /** What a day-and-month grammar found, for the weekday grammar to reuse ("السبت 12 يوليو"). */
    private record MonthHit(Hit hit, boolean hasDay) {
    }

    private final class Parser {

        private final List<TimexToken> tokens;
        private final LocalDate anchor;

        Parser(List<TimexToken> tokens, LocalDate anchor) {
            this.tokens = tokens;
            this.anchor = anchor;
        }

        Hit best(int i) {
            if (tokens.get(i).kind() == TimexToken.Kind.PUNCT) {
                return null;
            }
            Hit best = null;
            MonthHit month = month(i);
            for (Hit h : new Hit[] {numericDate(i), relativeDay(i), weekday(i), unit(i),
                    month == null ? null : month.hit, year(i)}) {
                if (h != null && (best == null || h.end > best.end)) {
                    best = h;
                }
            }
            return best;
        }

        // ---- token helpers

        private TimexToken at(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
        }

        private boolean word(int i, String key) {
            TimexToken t = at(i);
            return t != null && t.isWord() && t.text().equals(key);
        }

        private boolean word(int i, TimeWord words) {
            TimexToken t = at(i);
            return t != null && t.isWord() && words.has(t.text());
        }

        private boolean punct(int i, String chars) {
            TimexToken t = at(i);
            return t != null && t.isPunct(chars);
        }

        private boolean adjacent(int i, int j) {
            TimexToken a = at(i);
            TimexToken b = at(j);
            return a != null && b != null && a.end() == b.start();
        }

        /** The longest lexicon phrase starting at token i; a one-letter proclitic is tried if allowed. */
        private <T> Phrase<T> phrase(int i, Function<String, T> lookup, boolean allowPrefix) {
            // Building the longer candidate keys is the tagger's hot path: skip it unless the first word
            // (bare or without its proclitics) can open a multi-word entry.
            for (int n = mayHeadPhrase(i, allowPrefix) ? MAX_PHRASE_WORDS : 1; n >= 1; n--) {
                StringBuilder rest = new StringBuilder();
                boolean words = true;
                for (int k = 1; k < n; k++) {
                    TimexToken t = at(i + k);
                    if (t == null || !t.isWord()) {
                        words = false;
                        break;
                    }
                    rest.append(' ').append(t.text());
                }
                TimexToken first = at(i);
                if (!words || first == null || !first.isWord()) {
                    continue;
                }
                String w = first.text();
                T v = lookup.apply(w + rest);
                if (v != null) {
                    return new Phrase<>(v, i + n, 0, w + rest);
                }
                if (allowPrefix) {
                    for (int p = 1; p <= 2 && w.length() - p >= 3; p++) {
                        if (!isProclitics(w.substring(0, p))) {
                            break;
                        }
                        String key = w.substring(p) + rest;
                        v = lookup.apply(key);
                        if (v != null) {
                            return new Phrase<>(v, i + n, p, key);
                        }
                    }
                }
            }
            return null;
        }

        private boolean mayHeadPhrase(int i, boolean allowPrefix) {
            TimexToken first = at(i);
            if (first == null || !first.isWord()) {
                return false;
            }
            String w = first.text();
            if (lexicon.headsPhrase(w)) {
                return true;
            }
            for (int p = 1; allowPrefix && p <= 2 && w.length() - p >= 3 && isProclitics(w.substring(0, p)); p++) {
                if (lexicon.headsPhrase(w.substring(p))) {
                    return true;
                }
            }
            return false;
        }

        private boolean isProclitics(String s) {
            return TimeWord.PROCLITIC.has(s);
        }

        private Phrase<Boolean> flag(int i, Function<String, Boolean> test, boolean allowPrefix) {
            return phrase(i, k -> test.apply(k) ? Boolean.TRUE : null, allowPrefix);
        }

        private String baseWord(int i) {
            TimexToken t = at(i);
            if (t == null || !t.isWord()) {
                return null;
            }
            String w = t.text();
            return TimeWord.CONJUNCTION.prefixes(w) && w.length() > 3 ? w.substring(1) : w;
        }

        // ---- grammars

        /** اليوم، أمس، أول من أمس، غدا… optionally after a day part and before a weekday: "صباح أمس (الأحد)". */
        Hit relativeDay(int i) {
            Phrase<Boolean> part = flag(i, lexicon::isDayPart, true);
            int j = part == null ? i : part.end;
            Phrase<Integer> rel = phrase(j, lexicon::relativeDay, part == null);
            if (rel == null) {
                return null;
            }
            int prefix = part == null ? rel.prefix : part.prefix;
            boolean dayWord = TimeWord.DAY_DEICTIC.has(rel.key);
            if (dayWord && part == null && at(i - 1) != null && at(i - 1).isWord()
                    && lexicon.isNonDateBefore(at(i - 1).text())) {
                return null;
            }
            int end = rel.end;
            DayOfWeek day = null;
            int k = end;
            boolean open = punct(k, "(/-,");
            if (open) {
                k++;
            }
            Phrase<DayOfWeek> wd = phrase(k, lexicon::weekday, false);
            if (wd != null) {
                day = wd.value;
                end = wd.end;
                if (open && punct(end, ")/")) {
                    end++;
                }
            } else if (dayWord && at(rel.end) != null && at(rel.end).isWord()
                    && lexicon.isNonDateAfter(at(rel.end).text())) {
                return null;
            }
            String value = null;
            if (anchor != null) {
                LocalDate d = anchor.plusDays(rel.value);
                if (day != null) {
                    d = DateResolver.weekday(d, day, WeekdayMode.NEAREST);
                }
                value = DateResolver.day(d);
            }
            return new Hit(i, prefix, end, value);
        }

        /** (صباح) (يوم) الاثنين (الماضي|المقبل) (، 12 يناير 2020). */
        Hit weekday(int i) {
            Phrase<Boolean> part = flag(i, lexicon::isDayPart, true);
            int j = part == null ? i : part.end;
            int prefix = part == null ? -1 : part.prefix;
            Phrase<Boolean> yawm = flag(j, TimeWord.DAY_NOUN::has, part == null);
            if (yawm != null) {
                j = yawm.end;
                if (prefix < 0) {
                    prefix = yawm.prefix;
                }
            }
            Phrase<DayOfWeek> wd = phrase(j, lexicon::weekday, part == null && yawm == null);
            if (wd == null) {
                return null;
            }
            if (prefix < 0) {
                prefix = wd.prefix;
            }
            // الأحد عشر is "eleven", عبد الأحد a name.
            if (word(wd.end, TimeWord.TEEN_TEN) || word(j - 1, TimeWord.SERVANT_OF)) {
                return null;
            }
            int end = wd.end;
            Phrase<Integer> dir = phrase(end, lexicon::direction, false);
            if (dir != null) {
                end = dir.end;
            }
            int k = end;
            if (punct(k, ",-")) {
                k++;
            }
            if (word(k, TimeWord.CORRESPONDING)) {
                k++;
            }
            MonthHit date = month(k);
            if (date != null && date.hasDay) {
                return new Hit(i, prefix, date.hit.end, date.hit.value);
            }
            Hit numeric = numericDate(k);
            if (numeric != null) {
                return new Hit(i, prefix, numeric.end, numeric.value);
            }
            String value = null;
            if (anchor != null) {
                WeekdayMode mode;
                if (dir != null && dir.value < -1) {
                    mode = WeekdayMode.PAST;
                    value = DateResolver.day(DateResolver.weekday(anchor, wd.value, mode).minusWeeks(-dir.value - 1));
                    return new Hit(i, prefix, end, value);
                } else if (dir != null && dir.value < 0) {
                    mode = WeekdayMode.PAST;
                } else if (dir != null && dir.value > 0) {
                    mode = WeekdayMode.FUTURE;
                } else {
                    mode = futureContext(i) ? WeekdayMode.FUTURE_OR_SAME : WeekdayMode.PAST_OR_SAME;
                }
                value = DateResolver.day(DateResolver.weekday(anchor, wd.value, mode));
            }
            return new Hit(i, prefix, end, value);
        }

        /** A future verb or particle shortly before, in the same sentence: "ستعقد الجولة يوم الاثنين". */
        private boolean futureContext(int i) {
            for (int k = i - 1; k >= 0 && k >= i - 10; k--) {
                TimexToken t = at(k);
                if (t.isPunct(".!?;:\n")) {
                    return false;
                }
                if (t.isWord() && (lexicon.isFutureMarker(t.text())
                        || baseWord(k) != null && lexicon.isFutureMarker(baseWord(k)))) {
                    return true;
                }
            }
            return false;
        }

        /** (نهاية) (هذا) الأسبوع|الشهر|العام (الماضي|المقبل|الجاري). */
        Hit unit(int i) {
            Phrase<Boolean> mod = flag(i, lexicon::isPeriodModifier, true);
            int j = mod == null ? i : mod.end;
            int prefix = mod == null ? -1 : mod.prefix;
            Phrase<Boolean> demo = flag(j, TimeWord.DEMONSTRATIVE::has, mod == null);
            if (demo != null) {
                j = demo.end;
                if (prefix < 0) {
                    prefix = demo.prefix;
                }
            }
            Phrase<String> unit = phrase(j, lexicon::unit, mod == null && demo == null);
            if (unit == null) {
                return null;
            }
            if (prefix < 0) {
                prefix = unit.prefix;
            }
            int end = unit.end;
            int direction;
            if (demo != null) {
                direction = 0;
            } else {
                Phrase<Integer> dir = phrase(end, lexicon::direction, false);
                if (dir == null) {
                    return null;
                }
                direction = dir.value;
                end = dir.end;
            }
            String value = null;
            if (anchor != null) {
                value = switch (unit.value) {
                    case "week" -> DateResolver.isoWeek(anchor.plusWeeks(direction));
                    case "month" -> DateResolver.month(YearMonth.from(anchor).plusMonths(direction));
                    default -> DateResolver.year(anchor.getYear() + direction);
                };
            }
            return new Hit(i, prefix, end, value);
        }

        /**
         * (نهاية) (يوم) (12|الرابع عشر|25 ـ 28) (من) (شهر) يناير ((كانون الثاني)|/كانون الثاني)
         * (الماضي|من العام المقبل|2020) (م|هـ), for Gregorian and Hijri month names.
         */
        MonthHit month(int i) {
            int j = i;
            boolean first = true;
            int prefix = 0;
            Phrase<Boolean> mod = flag(j, lexicon::isPeriodModifier, true);
            if (mod != null) {
                prefix = mod.prefix;
                j = mod.end;
                first = false;
            }
            // A part of the day before a date: "منتصف ليل 12 يناير", "صباح 3 مارس".
            Phrase<Boolean> part = flag(j, lexicon::isDayPart, first);
            if (part != null) {
                if (first) {
                    prefix = part.prefix;
                }
                j = part.end;
                first = false;
            }
            Phrase<Boolean> yawm = flag(j, TimeWord.DAY_NOUN::has, first);
            if (yawm != null) {
                if (first) {
                    prefix = yawm.prefix;
                }
                j = yawm.end;
                first = false;
            }
            Integer day = null;
            boolean range = false;
            TimexToken t = at(j);
            if (t != null && t.isNumber() && t.text().length() <= 2 && t.number() >= 1 && t.number() <= 31) {
                day = t.number();
                j++;
                int k = j;
                if (punct(k, "-/") || word(k, TimeWord.RANGE_LINK)) {
                    k++;
                }
                TimexToken u = at(k);
                if (u != null && u.isNumber() && u.text().length() <= 2 && u.number() > day && u.number() <= 31) {
                    range = true;
                    j = k + 1;
                }
                first = false;
            } else {
                Phrase<Integer> ord = phrase(j, lexicon::ordinalDay, first);
                if (ord != null) {
                    day = ord.value;
                    if (first) {
                        prefix = ord.prefix;
                    }
                    j = ord.end;
                    first = false;
                }
            }
            if (part != null && day == null) {
                return null;
            }
            if (day != null && word(j, TimeWord.OF)) {
                j++;
                MonthHit ofRelativeMonth = dayOfRelativeMonth(i, prefix, j, range ? null : day);
                if (ofRelativeMonth != null) {
                    return ofRelativeMonth;
                }
            }
            boolean shahr = false;
            Phrase<Boolean> month = flag(j, TimeWord.MONTH_NOUN::has, first);
            if (month != null) {
                if (first) {
                    prefix = month.prefix;
                }
                j = month.end;
                first = false;
                shahr = true;
            }
            boolean hijri = false;
            Phrase<TimexLexicon.MonthName> name = phrase(j, lexicon::gregorianMonth, first);
            if (name == null) {
                name = phrase(j, lexicon::hijriMonth, first);
                hijri = name != null;
            }
            if (name == null) {
                return null;
            }
            if (first) {
                prefix = name.prefix;
            }
            int m = name.value.month();
            int end = name.end;
            // A paired name of the other set: "مارس/آذار", "حزيران (يونيو)", "سبتمبر أيلول".
            boolean paired = false;
            if (!hijri) {
                int k = end;
                boolean open = punct(k, "(/-");
                if (open) {
                    k++;
                }
                Phrase<TimexLexicon.MonthName> alt = phrase(k, lexicon::gregorianMonth, false);
                if (alt != null && alt.value.month() == m) {
                    paired = true;
                    end = alt.end;
                    if (open && punct(end, ")")) {
                        end++;
                    }
                }
            }
            Integer direction = null;
            Integer year = null;
            Integer relativeYear = null;
            Phrase<Integer> dir = phrase(end, lexicon::direction, false);
            if (dir != null) {
                direction = Integer.signum(dir.value);
                end = dir.end;
            } else if (word(end, TimeWord.OF) || word(end, TimeWord.YEAR_NOUN_AFTER_MONTH)) {
                int k = word(end, TimeWord.OF) ? end + 1 : end;
                if (word(k, TimeWord.DEMONSTRATIVE)) {
                    Phrase<String> unit = phrase(k + 1, lexicon::unit, false);
                    if (unit != null && unit.value.equals("year")) {
                        relativeYear = 0;
                        end = unit.end;
                    }
                } else {
                    Phrase<String> unit = phrase(k, lexicon::unit, false);
                    if (unit != null && unit.value.equals("year")) {
                        Phrase<Integer> d = phrase(unit.end, lexicon::direction, false);
                        if (d != null) {
                            relativeYear = Integer.signum(d.value);
                            end = d.end;
                        }
                    }
                    if (relativeYear == null && word(k, TimeWord.YEAR_NOUN_AFTER_MONTH)
                            && yearNumber(k + 1, hijri) != null) {
                        year = yearNumber(k + 1, hijri);
                        end = k + 2;
                    }
                }
            }
            if (year == null && relativeYear == null && direction == null) {
                Integer y = yearNumber(end, hijri);
                if (y != null) {
                    year = y;
                    end++;
                }
            }
            if (year != null) {
                end = eraSuffix(end);
            }
            boolean context = day != null || shahr || paired || year != null || relativeYear != null || direction != null;
            if (!context) {
                if (hijri) {
                    return null;
                }
                if (name.value.ambiguous() && !(mod != null || precededByDatePreposition(i))) {
                    return null;
                }
            }
            String value = monthValue(hijri, m, range ? null : day, year, relativeYear, direction);
            Hit hit = new Hit(i, prefix, end, value);
            return new MonthHit(hit, day != null && !range);
        }

        /** "الثلاثين من الشهر الماضي", "العاشر من هذا الشهر": a day of a month named relatively. */
        private MonthHit dayOfRelativeMonth(int i, int prefix, int j, Integer day) {
            int k = j;
            int direction;
            if (word(k, TimeWord.DEMONSTRATIVE_MASCULINE) && lexicon.unit(at(k + 1) == null
                    ? "" : at(k + 1).text()) != null) {
                direction = 0;
                k++;
            } else {
                direction = Integer.MIN_VALUE;
            }
            Phrase<String> unit = phrase(k, lexicon::unit, false);
            if (unit == null || !unit.value.equals("month")) {
                return null;
            }
            int end = unit.end;
            if (direction == Integer.MIN_VALUE) {
                Phrase<Integer> dir = phrase(end, lexicon::direction, false);
                if (dir == null) {
                    return null;
                }
                direction = Integer.signum(dir.value);
                end = dir.end;
            }
            String value = null;
            if (anchor != null) {
                YearMonth month = YearMonth.from(anchor).plusMonths(direction);
                value = day == null ? DateResolver.month(month)
                        : month.isValidDay(day) ? month.atDay(day).toString() : DateResolver.month(month);
            }
            return new MonthHit(new Hit(i, prefix, end, value), day != null);
        }

        private boolean precededByDatePreposition(int i) {
            TimexToken prev = at(i - 1);
            if (prev == null || !prev.isWord()) {
                return false;
            }
            String w = prev.text();
            return lexicon.isDatePreposition(w)
                    || TimeWord.CONJUNCTION.prefixes(w) && lexicon.isDatePreposition(w.substring(1));
        }

        private String monthValue(boolean hijri, int m, Integer day, Integer year, Integer relativeYear,
                                  Integer direction) {
            if (year == null && relativeYear != null) {
                if (anchor == null) {
                    return null;
                }
                if (hijri) {
                    return null;
                }
                year = anchor.getYear() + relativeYear;
            }
            if (hijri) {
                LocalDate d;
                if (year != null) {
                    d = DateResolver.hijri(year, m, day == null ? 15 : day);
                } else if (anchor != null) {
                    d = DateResolver.hijriNear(anchor, m, day == null ? 15 : day, direction);
                } else {
                    return null;
                }
                return day == null ? DateResolver.month(d) : DateResolver.day(d);
            }
            if (year != null) {
                if (day != null) {
                    LocalDate d = DateResolver.safeDate(year, m, day);
                    return d != null ? d.toString() : DateResolver.month(YearMonth.of(year, m));
                }
                return DateResolver.month(YearMonth.of(year, m));
            }
            if (anchor == null) {
                return null;
            }
            if (day != null) {
                return DateResolver.day(DateResolver.dayOfMonth(anchor, m, day, direction));
            }
            return DateResolver.month(YearMonth.of(DateResolver.yearOfMonth(anchor, m, direction), m));
        }

        /** A four-digit year at token i (a Hijri year when the month is Hijri), or null. */
        private Integer yearNumber(int i, boolean hijri) {
            TimexToken t = at(i);
            if (t == null || !t.isNumber() || t.text().length() != 4) {
                return null;
            }
            int y = t.number();
            if (hijri) {
                return y >= 1300 && y <= 1600 ? y : null;
            }
            return y >= 1000 && y <= 2200 ? y : null;
        }

        /** Skips an era mark after a year: م، ميلادي، هـ، هجري. */
        private int eraSuffix(int end) {
            if (word(end, TimeWord.ERA_MARK)) {
                return end + 1;
            }
            return end;
        }

        /** (نهاية) (عام|سنة) 2013 (م|هـ); a bare number only within 1900-2100 and not part of a bigger one. */
        Hit year(int i) {
            Phrase<Boolean> mod = flag(i, lexicon::isPeriodModifier, true);
            int j = mod == null ? i : mod.end;
            int prefix = mod == null ? -1 : mod.prefix;
            Phrase<Boolean> yearWord = flag(j, TimeWord.YEAR_NOUN::has, mod == null);
            if (yearWord != null) {
                j = yearWord.end;
                if (prefix < 0) {
                    prefix = yearWord.prefix;
                }
            }
            TimexToken t = at(j);
            if (t == null || !t.isNumber() || t.text().length() != 4) {
                return null;
            }
            if (prefix < 0) {
                prefix = 0;
            }
            int y = t.number();
            int end = eraSuffix(j + 1);
            boolean hijriMark = end > j + 1 && word(j + 1, TimeWord.HIJRI_MARK);
            if (hijriMark) {
                Integer g = DateResolver.gregorianYearOfHijri(y);
                return g == null ? null : new Hit(i, prefix, end, DateResolver.year(g));
            }
            boolean marked = yearWord != null || mod != null || end > j + 1;
            if (marked ? y < 1000 || y > 2200 : y < 1900 || y > 2100) {
                return null;
            }
            if (!marked && !bareYear(j)) {
                return null;
            }
            return new Hit(i, prefix, end, DateResolver.year(y));
        }

        /** A bare number reads as a year unless it is part of a bigger number, a percentage or a number label. */
        private boolean bareYear(int j) {
            if (punct(j + 1, "%٪") || at(j - 1) != null && at(j - 1).isWord() && lexicon.isNonYearBefore(at(j - 1).text())
                    || at(j + 1) != null && at(j + 1).isWord() && lexicon.isNonYearAfter(at(j + 1).text())) {
                return false;
            }
            if (punct(j - 1, ".,") && adjacent(j - 1, j) && at(j - 2) != null && at(j - 2).isNumber()
                    && adjacent(j - 2, j - 1)) {
                return false;
            }
            if (punct(j + 1, ".,") && adjacent(j, j + 1) && at(j + 2) != null && at(j + 2).isNumber()
                    && adjacent(j + 1, j + 2)) {
                return false;
            }
            // "2000 شخص": a number directly before a bare noun counts it, unless a preposition makes it
            // a date ("في 2012 عندما…"); a clitic or the article on the next word starts a new phrase.
            TimexToken next = at(j + 1);
            boolean coordinated = word(j - 1, Affix.WA.word()) && at(j - 2) != null && at(j - 2).isNumber()
                    && at(j - 2).text().length() == 4;
            if (next != null && next.isWord() && !precededByDatePreposition(j) && !coordinated) {
                String w = next.text();
                return w.length() <= 1 || Affix.DEFINITE_ARTICLE.prefixes(w)
                        || TimeWord.CLITIC_LETTER.has(w.substring(0, 1))
                        || lexicon.isDatePreposition(w);
            }
            return true;
        }

        /**
     * 12/1/2020, 12-1-2020, 2020-01-12 (day first, as in Arabic news), spaces around the separators
     * allowed; a year within 1300-1600 is Hijri (17/3/1395هـ, the Saudi official style).
     */
        Hit numericDate(int i) {
            TimexToken a = at(i);
            TimexToken s1 = at(i + 1);
            TimexToken b = at(i + 2);
            TimexToken s2 = at(i + 3);
            TimexToken c = at(i + 4);
            if (a == null || c == null || !a.isNumber() || !b.isNumber() || !c.isNumber()
                    || !s1.isPunct("/-.") || !s2.isPunct("/-.") || !s1.text().equals(s2.text())) {
                return null;
            }
            LocalDate d;
            if (c.text().length() == 4 && c.number() >= 1300 && c.number() <= 1600 && a.text().length() <= 2
                    && b.text().length() <= 2) {
                d = DateResolver.hijri(c.number(), b.number(), a.number());
                return d == null ? null : new Hit(i, 0, eraSuffix(i + 5), d.toString());
            }
            if (a.text().length() == 4 && b.text().length() <= 2 && c.text().length() <= 2) {
                d = DateResolver.safeDate(a.number(), b.number(), c.number());
            } else if (c.text().length() == 4 && a.text().length() <= 2 && b.text().length() <= 2) {
                d = DateResolver.safeDate(c.number(), b.number(), a.number());
                if (d == null) {
                    d = DateResolver.safeDate(c.number(), a.number(), b.number());
                }
            } else {
                return null;
            }
            if (d == null || d.getYear() < 1900 || d.getYear() > 2100) {
                return null;
            }
            return new Hit(i, 0, i + 5, d.toString());
        }
    }
}

package org.mizan.ingest.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.core.text.ArabicFolding;
import org.mizan.core.text.LexiconFile;

/**
 * The word lists of the time tagger, loaded once from the data files next to this class. Every key is
 * folded ({@link ArabicFolding}) with its words joined by one space, so lookups take folded tokens.
 */
public final class TimexLexicon {

    /** A month name: its number and whether the word needs a date context to count. */
    public record MonthName(int month, boolean ambiguous) {
    }

    private static final TimexLexicon STANDARD = load();

    private final Map<String, DayOfWeek> weekdays;
    private final Map<String, MonthName> gregorianMonths;
    private final Map<String, MonthName> hijriMonths;
    private final Map<String, Integer> relativeDays;
    private final Map<String, Integer> directions;
    private final Set<String> dayParts;
    private final Set<String> periodModifiers;
    private final Map<String, Integer> ordinalDays;
    private final Map<String, String> units;
    private final Set<String> futureMarkers;
    private final Set<String> speechEvents;
    private final Set<String> nonDateBefore;
    private final Set<String> nonDateAfter;
    private final Set<String> datePrepositions;
    private final Set<String> nonYearBefore;
    private final Set<String> nonYearAfter;
    private final Set<String> eventHeads;
    /** First words of the multi-word entries: only these can open a phrase longer than one word. */
    private final Set<String> phraseHeads = new HashSet<>();

    private TimexLexicon(Map<String, DayOfWeek> weekdays, Map<String, MonthName> gregorianMonths,
                         Map<String, MonthName> hijriMonths, Map<String, Integer> relativeDays,
                         Map<String, Integer> directions, Set<String> dayParts, Set<String> periodModifiers,
                         Map<String, Integer> ordinalDays, Map<String, String> units, Set<String> futureMarkers,
                         Set<String> speechEvents, Set<String> nonDateBefore, Set<String> nonDateAfter,
                         Set<String> datePrepositions, Set<String> nonYearBefore, Set<String> nonYearAfter,
                         Set<String> eventHeads) {
        this.weekdays = weekdays;
        this.gregorianMonths = gregorianMonths;
        this.hijriMonths = hijriMonths;
        this.relativeDays = relativeDays;
        this.directions = directions;
        this.dayParts = dayParts;
        this.periodModifiers = periodModifiers;
        this.ordinalDays = ordinalDays;
        this.units = units;
        this.futureMarkers = futureMarkers;
        this.speechEvents = speechEvents;
        this.nonDateBefore = nonDateBefore;
        this.nonDateAfter = nonDateAfter;
        this.datePrepositions = datePrepositions;
        this.nonYearBefore = nonYearBefore;
        this.nonYearAfter = nonYearAfter;
        this.eventHeads = eventHeads;
        for (Map<String, ?> entries : List.of(weekdays, gregorianMonths, hijriMonths, relativeDays, directions, ordinalDays, units)) {
            for (String key : entries.keySet()) {
                int space = key.indexOf(' ');
                if (space > 0) {
                    phraseHeads.add(key.substring(0, space));
                }
            }
        }
    }

    /** Whether some entry of more than one word begins with this (folded) word. */
    public boolean headsPhrase(String word) {
        return phraseHeads.contains(word);
    }

    public static TimexLexicon standard() {
        return STANDARD;
    }

    private static TimexLexicon load() {
        Map<String, DayOfWeek> weekdays = new HashMap<>();
        rows("weekdays.tsv").forEach(r -> weekdays.put(key(r[0]), DayOfWeek.of(Integer.parseInt(r[1]))));
        Map<String, Integer> relative = new HashMap<>();
        rows("relative-days.tsv").forEach(r -> relative.put(key(r[0]), Integer.parseInt(r[1])));
        Map<String, Integer> directions = new HashMap<>();
        rows("directions.tsv").forEach(r -> directions.put(key(r[0]), Integer.parseInt(r[1])));
        Map<String, Integer> ordinals = new HashMap<>();
        rows("ordinal-days.tsv").forEach(r -> ordinals.put(key(r[0]), Integer.parseInt(r[1])));
        Map<String, String> units = new HashMap<>();
        rows("units.tsv").forEach(r -> units.put(key(r[0]), r[1]));
        Set<String> nonDateBefore = new HashSet<>();
        rows("non-date-neighbours.tsv").stream().filter(r -> r[1].equals("before"))
                .forEach(r -> nonDateBefore.add(key(r[0])));
        Set<String> nonDateAfter = new HashSet<>();
        rows("non-date-neighbours.tsv").stream().filter(r -> r[1].equals("after"))
                .forEach(r -> nonDateAfter.add(key(r[0])));
        return new TimexLexicon(weekdays, months("gregorian-months.tsv"), months("hijri-months.tsv"), relative,
                directions, words("day-parts.tsv"), words("period-modifiers.tsv"), ordinals, units,
                words("future-markers.txt"), words("speech-events.txt"), nonDateBefore, nonDateAfter,
                words("date-prepositions.txt"), side("non-year-neighbours.tsv", "before"),
                side("non-year-neighbours.tsv", "after"), words("event-heads.txt"));
    }

    private static Map<String, MonthName> months(String file) {
        Map<String, MonthName> months = new HashMap<>();
        for (String[] r : rows(file)) {
            int month = Integer.parseInt(r[1]);
            if (month < 1 || month > 12) {
                throw new IllegalStateException(file + ": bad month " + month);
            }
            months.put(key(r[0]), new MonthName(month, r.length > 2 && r[2].equals("ambiguous")));
        }
        return months;
    }

    private static Set<String> side(String file, String side) {
        Set<String> out = new HashSet<>();
        rows(file).stream().filter(r -> r[1].equals(side)).forEach(r -> out.add(key(r[0])));
        return out;
    }

    private static Set<String> words(String file) {
        Set<String> out = new HashSet<>();
        rows(file).forEach(r -> out.add(key(r[0])));
        return out;
    }

    /** The folded lookup key of a lexicon phrase: folded words joined by one space. */
    public static String key(String phrase) {
        return String.join(" ", ArabicFolding.fold(phrase.strip()).split("\\s+"));
    }

    private static List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        for (String line : LexiconFile.entryLines(TimexLexicon.class, file)) {
            out.add(line.strip().split("\t"));
        }
        return out;
    }

    public DayOfWeek weekday(String key) {
        return weekdays.get(key);
    }

    public MonthName gregorianMonth(String key) {
        return gregorianMonths.get(key);
    }

    public MonthName hijriMonth(String key) {
        return hijriMonths.get(key);
    }

    public Integer relativeDay(String key) {
        return relativeDays.get(key);
    }

    public Integer direction(String key) {
        return directions.get(key);
    }

    public boolean isDayPart(String key) {
        return dayParts.contains(key);
    }

    public boolean isPeriodModifier(String key) {
        return periodModifiers.contains(key);
    }

    public Integer ordinalDay(String key) {
        return ordinalDays.get(key);
    }

    /** "week", "month" or "year", or null. */
    public String unit(String key) {
        return units.get(key);
    }

    public boolean isFutureMarker(String key) {
        return futureMarkers.contains(key);
    }

    public boolean isSpeechEvent(String key) {
        return speechEvents.contains(key);
    }

    /** A word that, standing before اليوم, makes it part of a name or a non-anchored phrase. */
    public boolean isNonDateBefore(String key) {
        return nonDateBefore.contains(key);
    }

    /** A word that, standing after اليوم/الليلة, makes it the day of some event (اليوم التالي). */
    public boolean isNonDateAfter(String key) {
        return nonDateAfter.contains(key) || ordinalDays.containsKey(key);
    }

    /** A word before an ambiguous month name or a bare number that makes it a date (في مارس، منذ 2011). */
    public boolean isDatePreposition(String key) {
        return datePrepositions.contains(key);
    }

    /** A word right before a bare number that makes it a serial number, not a year (القرار 2094). */
    public boolean isNonYearBefore(String key) {
        return nonYearBefore.contains(key);
    }

    /** A word right after a bare number that makes it something else than a year (1900 بتوقيت غرينتش). */
    public boolean isNonYearAfter(String key) {
        return nonYearAfter.contains(key);
    }

    /** A noun whose following date names an event, not a statement (صلاة الجمعة، هجوم الأحد). */
    public boolean isEventHead(String key) {
        return eventHeads.contains(key);
    }
}

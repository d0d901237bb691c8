package org.mizan.ingest.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * Date arithmetic of the time tagger: which calendar day a weekday, a month or a day of a month means
 * seen from the publication date, and the value strings of the API ({@code YYYY-MM-DD}, {@code YYYY-MM},
 * {@code YYYY}, {@code YYYY-Www}).
 */
public final class DateResolver {

    /** How to pick among the occurrences of a weekday around the anchor. */
    public enum WeekdayMode {
        /** the nearest on or before the anchor: a plain weekday in a news report */
        PAST_OR_SAME,
        /** the nearest on or after the anchor: a weekday in a future clause */
        FUTURE_OR_SAME,
        /** strictly before: "الماضي" */
        PAST,
        /** strictly after: "المقبل" */
        FUTURE,
        /** the nearest either way, within three days: "اليوم الأربعاء" naming the day itself */
        NEAREST
    }

    private DateResolver() {
    }

    public static LocalDate weekday(LocalDate anchor, DayOfWeek day, WeekdayMode mode) {
        int back = Math.floorMod(anchor.getDayOfWeek().getValue() - day.getValue(), 7);
        int ahead = Math.floorMod(day.getValue() - anchor.getDayOfWeek().getValue(), 7);
        return switch (mode) {
            case PAST_OR_SAME -> anchor.minusDays(back);
            case FUTURE_OR_SAME -> anchor.plusDays(ahead);
            case PAST -> anchor.minusDays(back == 0 ? 7 : back);
            case FUTURE -> anchor.plusDays(ahead == 0 ? 7 : ahead);
            case NEAREST -> back <= 3 ? anchor.minusDays(back) : anchor.plusDays(ahead);
        };
    }

    /**
     * The year of a month named without one. direction -1: the last such month before the anchor's;
     * 1: the next one after it; 0: the anchor's year; null: the anchor's year unless that puts the month
     * more than half a year ahead (then last year) or it is long past and early in the year (then next).
     */
    public static int yearOfMonth(LocalDate anchor, int month, Integer direction) {
        int year = anchor.getYear();
        int am = anchor.getMonthValue();
        if (direction == null) {
            int delta = month - am;
            return delta > 6 ? year - 1 : delta < -9 ? year + 1 : year;
        }
        return switch (Integer.signum(direction)) {
            case -1 -> month < am ? year : year - 1;
            case 1 -> month > am ? year : year + 1;
            default -> year;
        };
    }

    /** A day of a month named without a year, with the same direction rules as {@link #yearOfMonth}. */
    public static LocalDate dayOfMonth(LocalDate anchor, int month, int day, Integer direction) {
        int year = anchor.getYear();
        if (direction == null) {
            LocalDate same = safeDate(year, month, day);
            if (same == null) {
                return null;
            }
            long ahead = ChronoUnit.DAYS.between(anchor, same);
            return ahead > 183 ? safeDate(year - 1, month, day) : ahead < -275 ? safeDate(year + 1, month, day) : same;
        }
        if (direction < 0) {
            LocalDate d = safeDate(year, month, day);
            return d != null && d.isBefore(anchor) ? d : safeDate(year - 1, month, day);
        }
        if (direction > 0) {
            LocalDate d = safeDate(year, month, day);
            return d != null && d.isAfter(anchor) ? d : safeDate(year + 1, month, day);
        }
        return safeDate(year, month, day);
    }

    public static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The ISO date of a Hijri (Umm al-Qura) date, or null when out of range or invalid. */
    public static LocalDate hijri(int year, int month, int day) {
        try {
            return LocalDate.from(HijrahDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A Hijri day of a month named without a year: the occurrence nearest the anchor in the direction. */
    public static LocalDate hijriNear(LocalDate anchor, int month, int day, Integer direction) {
        int hy;
        try {
            hy = HijrahDate.from(anchor).get(java.time.temporal.ChronoField.YEAR);
        } catch (DateTimeException e) {
            return null;
        }
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = hy - 1; y <= hy + 1; y++) {
            LocalDate d = hijri(y, month, day);
            if (d == null) {
                continue;
            }
            long distance = ChronoUnit.DAYS.between(anchor, d);
            if (direction != null && direction < 0 && distance >= 0 || direction != null && direction > 0 && distance <= 0) {
                continue;
            }
            if (Math.abs(distance) < bestDistance) {
                best = d;
                bestDistance = Math.abs(distance);
            }
        }
        return best;
    }

    public static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }

    public static String month(YearMonth m) {
        return m == null ? null : m.toString();
    }

    public static String month(LocalDate d) {
        return d == null ? null : YearMonth.from(d).toString();
    }

    public static String year(int y) {
        return String.format("%04d", y);
    }

    public static String isoWeek(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The Gregorian year most of a Hijri year falls in (the year of its mid-point). */
    public static Integer gregorianYearOfHijri(int hijriYear) {
        LocalDate mid = hijri(hijriYear, 7, 1);
        return mid == null ? null : mid.getYear();
    }
}

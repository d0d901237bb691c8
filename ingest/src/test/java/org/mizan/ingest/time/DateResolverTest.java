package org.mizan.ingest.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.ingest.time.DateResolver.WeekdayMode;

class DateResolverTest {

    @ParameterizedTest(name = "{1} {2} from {0}")
    @CsvSource({
            // anchor Tuesday 2020-01-14
            "2020-01-14, MONDAY, PAST_OR_SAME, 2020-01-13",
            "2020-01-14, TUESDAY, PAST_OR_SAME, 2020-01-14",
            "2020-01-14, WEDNESDAY, PAST_OR_SAME, 2020-01-08",
            "2020-01-14, TUESDAY, PAST, 2020-01-07",
            "2020-01-14, TUESDAY, FUTURE, 2020-01-21",
            "2020-01-14, SATURDAY, FUTURE, 2020-01-18",
            "2020-01-14, TUESDAY, FUTURE_OR_SAME, 2020-01-14",
            "2020-01-14, THURSDAY, FUTURE_OR_SAME, 2020-01-16",
            "2020-01-14, SATURDAY, NEAREST, 2020-01-11",
            "2020-01-14, FRIDAY, NEAREST, 2020-01-17",
            "2020-01-14, SUNDAY, NEAREST, 2020-01-12",
    })
    void resolvesWeekdays(String anchor, DayOfWeek day, WeekdayMode mode, String expected) {
        assertThat(DateResolver.weekday(LocalDate.parse(anchor), day, mode)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "month {1} direction {2} from {0}")
    @CsvSource({
            "2020-01-14, 1, -1, 2019",
            "2020-03-14, 1, -1, 2020",
            "2020-03-14, 3, 1, 2021",
            "2020-03-14, 5, 1, 2020",
            "2020-03-14, 12, , 2019",
            "2020-07-14, 10, , 2020",
            "2020-12-14, 1, , 2021",
            "2020-03-14, 3, 0, 2020",
    })
    void findsTheYearOfABareMonth(String anchor, int month, Integer direction, int year) {
        assertThat(DateResolver.yearOfMonth(LocalDate.parse(anchor), month, direction)).isEqualTo(year);
    }

    @ParameterizedTest(name = "{1}/{2} direction {3} from {0}")
    @CsvSource({
            "2020-01-14, 12, 28, , 2019-12-28",
            "2020-01-14, 1, 20, , 2020-01-20",
            "2020-01-14, 1, 14, -1, 2019-01-14",
            "2020-01-14, 1, 10, 1, 2021-01-10",
            "2020-01-14, 3, 27, 1, 2020-03-27",
    })
    void findsTheYearOfADayAndMonth(String anchor, int month, int day, Integer direction, String expected) {
        assertThat(DateResolver.dayOfMonth(LocalDate.parse(anchor), month, day, direction)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}/{1}/{2} AH")
    @CsvSource({
            "1441, 9, 1, 2020-04-24",
            "1436, 9, 1, 2015-06-18",
            "1440, 12, 10, 2019-08-11",
    })
    void convertsHijriDates(int year, int month, int day, String expected) {
        assertThat(DateResolver.hijri(year, month, day)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2020-01-14, 2020-W03", "2013-03-19, 2013-W12", "2021-01-01, 2020-W53", "2015-07-22, 2015-W30"})
    void formatsIsoWeeks(String day, String week) {
        assertThat(DateResolver.isoWeek(LocalDate.parse(day))).isEqualTo(week);
    }
}

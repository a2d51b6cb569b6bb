package io.zhucan.certification.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.certification.calendar.CalendarDay.Kind;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days around 春节 and 国庆 2026, as the State Council's notice of 2025-11-04 sets them. */
class WorkingDayCalendarTest {

    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(List.of(
            CalendarYear.published(2026, "国办 2026 notice (春节, 国庆 only in this test)", days2026()),
            new CalendarYear(2027, CalendarYear.Status.PENDING, "awaiting the notice",
                    List.of(new CalendarDay(LocalDate.of(2027, 1, 4), Kind.HOLIDAY, "not published: ignored")))));

    static List<CalendarDay> days2026() {
        List<CalendarDay> days = new ArrayList<>();
        LocalDate.of(2026, 2, 15).datesUntil(LocalDate.of(2026, 2, 24)).forEach(d -> days.add(holiday(d, "春节")));
        LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8)).forEach(d -> days.add(holiday(d, "国庆节")));
        for (String makeUp : List.of("2026-02-14", "2026-02-28", "2026-09-20", "2026-10-10")) {
            days.add(new CalendarDay(LocalDate.parse(makeUp), Kind.MAKEUP_WORKDAY, "调休"));
        }
        return days;
    }

    private static CalendarDay holiday(LocalDate date, String name) {
        return new CalendarDay(date, Kind.HOLIDAY, name);
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-02-13, true",   // Friday before the break
            "2026-02-14, true",   // Saturday, made up (调休上班)
            "2026-02-15, false",  // first day of 春节
            "2026-02-23, false",  // Monday, last day of 春节
            "2026-02-24, true",   // back at work
            "2026-02-28, true",   // Saturday, made up
            "2026-03-01, false",  // an ordinary Sunday
            "2026-09-20, true",   // Sunday, made up before 国庆
            "2026-10-01, false",
            "2026-10-07, false",  // Wednesday, last day of 国庆
            "2026-10-08, true",
            "2026-10-10, true",   // Saturday, made up
            "2027-01-04, true"})  // a PENDING year's days do not count: Monday to Friday
    void knowsHolidaysAndMakeUpDays(LocalDate date, boolean working) {
        assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{1} working days after {0}: {2}")
    @CsvSource({
            "2026-02-13, 1, 2026-02-14",
            "2026-02-14, 1, 2026-02-24",
            "2026-02-13, 20, 2026-03-19",  // Monday to Friday alone would say 2026-03-13
            "2026-09-19, 1, 2026-09-20",
            "2026-09-30, 1, 2026-10-08",
            "2026-09-30, 10, 2026-10-20",  // Monday to Friday alone would say 2026-10-14
            "2026-12-31, 1, 2027-01-01"})  // 2027 not published: a Friday counts
    void countsWorkingDaysThroughTheBreaks(LocalDate from, int days, LocalDate due) {
        assertThat(CALENDAR.addWorkingDays(from, days)).isEqualTo(due);
        assertThat(CALENDAR.isPublished(2026)).isTrue();
        assertThat(CALENDAR.isPublished(2027)).isFalse();
    }

    @Test
    void aPublishedYearHoldsItsOwnDaysOnceAndMakeUpDaysOnWeekendsOnly() {
        CalendarDay monday = new CalendarDay(LocalDate.of(2026, 2, 16), Kind.MAKEUP_WORKDAY, "调休");
        assertThatThrownBy(() -> CalendarYear.published(2026, "notice", List.of(monday)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("weekday");
        CalendarDay nextYear = holiday(LocalDate.of(2027, 2, 6), "春节");
        assertThatThrownBy(() -> CalendarYear.published(2026, "notice", List.of(nextYear)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not in 2026");
        CalendarDay day = holiday(LocalDate.of(2026, 2, 16), "春节");
        assertThatThrownBy(() -> CalendarYear.published(2026, "notice", List.of(day, day)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> CalendarYear.published(2026, " ", List.of(day)))
                .isInstanceOf(RuleViolationException.class);
    }
}

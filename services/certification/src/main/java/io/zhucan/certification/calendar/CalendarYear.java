package io.zhucan.certification.calendar;

import io.zhucan.platform.domain.RuleViolationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One year of the calendar. PUBLISHED: its days are the official notice's; PENDING: the notice is
 * not out (or not entered) yet, and the year counts Monday to Friday until an operator publishes it.
 */
public record CalendarYear(int year, Status status, String source, List<CalendarDay> days) {

    public enum Status { PUBLISHED, PENDING }

    public CalendarYear {
        days = List.copyOf(days);
    }

    /**
     * A year as its notice publishes it: every day within the year, each date once, a make-up
     * working day only on a weekend (a weekday is one already), the notice it comes from named.
     */
    public static CalendarYear published(int year, String source, List<CalendarDay> days) {
        if (source == null || source.isBlank()) {
            throw new RuleViolationException("calendar-source", "name the notice the days come from");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarDay day : days) {
            if (day.date().getYear() != year) {
                throw new RuleViolationException("calendar-year", day.date() + " is not in " + year);
            }
            if (!seen.add(day.date())) {
                throw new RuleViolationException("calendar-day", day.date() + " is listed twice");
            }
            if (day.kind() == CalendarDay.Kind.MAKEUP_WORKDAY && !isWeekend(day.date().getDayOfWeek())) {
                throw new RuleViolationException("calendar-day", day.date() + " is a weekday: no make-up needed");
            }
        }
        return new CalendarYear(year, Status.PUBLISHED, source.strip(), days);
    }

    private static boolean isWeekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}

package io.zhucan.certification.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which days are working days: Monday to Friday, except the published holidays, plus the published
 * make-up working days on weekends. A year whose notice is not published counts Monday to Friday.
 */
public final class WorkingDayCalendar {

    private final Map<LocalDate, CalendarDay.Kind> exceptions;
    private final Set<Integer> published;

    public WorkingDayCalendar(Iterable<CalendarYear> years) {
        List<CalendarYear> all = new ArrayList<>();
        years.forEach(all::add);
        this.published = all.stream().filter(y -> y.status() == CalendarYear.Status.PUBLISHED)
                .map(CalendarYear::year).collect(Collectors.toUnmodifiableSet());
        this.exceptions = all.stream().filter(y -> published.contains(y.year()))
                .flatMap(y -> y.days().stream())
                .collect(Collectors.toUnmodifiableMap(CalendarDay::date, CalendarDay::kind));
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay.Kind kind = exceptions.get(date);
        if (kind != null) {
            return kind == CalendarDay.Kind.MAKEUP_WORKDAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day {@code days} working days after {@code from} (the day itself not counted). */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        for (int added = 0; added < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                added++;
            }
        }
        return date;
    }

    public boolean isPublished(int year) {
        return published.contains(year);
    }
}

package io.zhucan.certification.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where the calendar years are kept (port); every change is recorded with who made it. */
public interface Calendars {

    List<CalendarYear> all();

    Optional<CalendarYear> year(int year);

    /** Replaces the year's days with the published ones and records the change (actor, time, source, days). */
    void publish(CalendarYear year, String actor, Instant at);

    default WorkingDayCalendar workingDays() {
        return new WorkingDayCalendar(all());
    }
}

package io.zhucan.certification.calendar.application;

import io.zhucan.certification.calendar.CalendarDay;
import io.zhucan.certification.calendar.CalendarYear;
import io.zhucan.certification.calendar.Calendars;
import io.zhucan.certification.calendar.WorkingDaysChanged;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.security.CurrentUser;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar as operators keep it: they publish a year's holidays and make-up working
 * days from the State Council's notice (recorded with who, when and from which notice); the open
 * cases' due dates are counted again in the same transaction.
 */
@Service
public class CalendarAdministration {

    private final Calendars calendars;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CalendarAdministration(Calendars calendars, ApplicationEventPublisher events, Clock clock) {
        this.calendars = calendars;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CalendarYear year(int year) {
        return calendars.year(year).orElseThrow(() -> new NotFoundException("no calendar for " + year));
    }

    @Transactional
    public CalendarYear publish(CurrentUser operator, int year, String source, List<CalendarDay> days) {
        CalendarYear published = CalendarYear.published(year, source, days);
        calendars.publish(published, operator.username(), clock.instant());
        events.publishEvent(new WorkingDaysChanged(year));
        return published;
    }
}

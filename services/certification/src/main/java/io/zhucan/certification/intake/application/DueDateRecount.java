package io.zhucan.certification.intake.application;

import io.zhucan.certification.calendar.Calendars;
import io.zhucan.certification.calendar.WorkingDaysChanged;
import io.zhucan.certification.intake.Applications;
import io.zhucan.certification.intake.CertificateApplication;
import io.zhucan.certification.intake.TimeLimits;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When an operator publishes a year of the calendar, the open steps due in or after it are counted
 * again, in the publishing transaction: a due date never rests on a calendar that no longer holds.
 * A step due before the year is untouched: none of its working days lie in it.
 */
@Service
class DueDateRecount {

    private final Applications applications;
    private final Calendars calendars;
    private final TimeLimits.StepLimits stepLimits;
    private final Clock clock;

    DueDateRecount(Applications applications, Calendars calendars, TimeLimits.StepLimits stepLimits, Clock clock) {
        this.applications = applications;
        this.calendars = calendars;
        this.stepLimits = stepLimits;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(WorkingDaysChanged change) {
        TimeLimits limits = new TimeLimits(stepLimits, calendars.workingDays());
        for (CertificateApplication open : applications.openDueFrom(LocalDate.of(change.year(), 1, 1))) {
            CertificateApplication recounted = open.rescheduled(limits, clock.getZone());
            if (!recounted.stepDueOn().equals(open.stepDueOn())) {
                applications.update(recounted);
            }
        }
    }
}

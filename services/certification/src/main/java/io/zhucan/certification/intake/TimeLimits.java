package io.zhucan.certification.intake;

import io.zhucan.certification.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * Time limits of the workflow steps in working days (policy data, DOMAIN.md: assessment within 20,
 * review within 10), counted in the working-day calendar (official holidays and make-up days).
 */
public record TimeLimits(StepDays days, WorkingDayCalendar calendar) {

    /** The policy table's working days per step. */
    public record StepDays(int assessment, int review) {

        public TimeLimits in(WorkingDayCalendar calendar) {
            return new TimeLimits(this, calendar);
        }
    }

    public LocalDate assessmentDue(LocalDate submittedOn) {
        return calendar.addWorkingDays(submittedOn, days.assessment());
    }

    public LocalDate reviewDue(LocalDate assessedOn) {
        return calendar.addWorkingDays(assessedOn, days.review());
    }
}

package io.zhucan.certification.intake;

import io.zhucan.certification.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * Time limits of the workflow steps in working days (policy data, DOMAIN.md: assessment within 20,
 * review within 10, regional and versioned), counted in the working-day calendar (official holidays
 * and make-up days). The county whose limits apply is the household county, which does the work.
 */
public record TimeLimits(StepLimits limits, WorkingDayCalendar calendar) {

    /** The policy's working days per step. */
    public record StepDays(int assessment, int review) {
    }

    /** The step days in force for a county on a day (port: the regional policy tables). */
    public interface StepLimits {

        StepDays in(String county, LocalDate on);
    }

    public LocalDate assessmentDue(String county, LocalDate submittedOn) {
        return calendar.addWorkingDays(submittedOn, limits.in(county, submittedOn).assessment());
    }

    public LocalDate reviewDue(String county, LocalDate assessedOn) {
        return calendar.addWorkingDays(assessedOn, limits.in(county, assessedOn).review());
    }
}

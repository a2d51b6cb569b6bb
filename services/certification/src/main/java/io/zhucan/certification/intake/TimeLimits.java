package io.zhucan.certification.intake;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Time limits of the workflow steps in working days (policy data, DOMAIN.md: assessment within 20,
 * review within 10). Working days are Monday to Friday; public holidays are not modelled yet.
 */
public record TimeLimits(int assessmentWorkingDays, int reviewWorkingDays) {

    public LocalDate assessmentDue(LocalDate submittedOn) {
        return addWorkingDays(submittedOn, assessmentWorkingDays);
    }

    public LocalDate reviewDue(LocalDate assessedOn) {
        return addWorkingDays(assessedOn, reviewWorkingDays);
    }

    static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate date = from;
        int added = 0;
        while (added < days) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return date;
    }
}

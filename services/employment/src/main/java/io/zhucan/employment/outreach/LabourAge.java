package io.zhucan.employment.outreach;

import java.time.LocalDate;

/**
 * Labour age on a day: from the birthday of the minimum age (inclusive) to the day the statutory
 * retirement age is reached (exclusive). Both ages are policy data.
 *
 * @param minimumAgeYears minimum working age in years
 * @param retirementAgeMonths retirement age in months, for the person's scheme and birth month
 */
public record LabourAge(int minimumAgeYears, int retirementAgeMonths) {

    public boolean covers(LocalDate birthDate, LocalDate day) {
        return !day.isBefore(birthDate.plusYears(minimumAgeYears)) && day.isBefore(retirementDate(birthDate));
    }

    public LocalDate retirementDate(LocalDate birthDate) {
        return birthDate.plusMonths(retirementAgeMonths);
    }
}

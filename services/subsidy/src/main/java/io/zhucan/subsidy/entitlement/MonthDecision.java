package io.zhucan.subsidy.entitlement;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.subsidy.shared.Months;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The decision for one month under the policy version that governed that month (in force from
 * {@code policyEffectiveMonth}): how a late fact is decided for the months it reaches back to.
 */
public record MonthDecision(YearMonth month, Decision decision, long policyVersion, YearMonth policyEffectiveMonth) {

    /** Owed: eligible under the month's version, and the month is after the one eligibility began in (次月). */
    public boolean owed() {
        LocalDate since = decision.eligibleSince();
        return decision.outcome() == EligibilityOutcome.ELIGIBLE && decision.ending() == null && since != null
                && decision.monthlyAmountFen() != null && !month.isBefore(Months.after(since));
    }

    long amountFen() {
        Long amount = decision.monthlyAmountFen();
        if (amount == null) {
            throw new IllegalStateException("a month without an amount is not owed");
        }
        return amount;
    }
}

package io.zhucan.subsidy.entitlement;

import io.zhucan.subsidy.shared.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The months a late fact makes owed, up to {@code until}: found walking back month by month from the
 * last owed one, each at the amount of the version that governed it, as an amount schedule from the
 * first (a new step where the amount or the deciding version changes).
 */
record OwedMonths(List<ScheduledAmount> schedule, YearMonth until) {

    OwedMonths {
        schedule = List.copyOf(schedule);
    }

    YearMonth start() {
        return schedule.getFirst().from();
    }

    long latestAmountFen() {
        return schedule.getLast().amountFen();
    }

    /** The run of owed months ending with the month at {@code last}; empty if that month is not owed. */
    static Optional<OwedMonths> endingAt(List<MonthDecision> months, int last) {
        if (last < 0 || !months.get(last).owed()) {
            return Optional.empty();
        }
        int first = last;
        while (first > 0 && months.get(first - 1).owed()) {
            first--;
        }
        List<ScheduledAmount> schedule = new ArrayList<>();
        for (MonthDecision m : months.subList(first, last + 1)) {
            ScheduledAmount step = schedule.isEmpty() ? null : schedule.getLast();
            if (step == null || step.amountFen() != m.amountFen() || !Objects.equals(step.policyVersion(), m.policyVersion())) {
                schedule.add(new ScheduledAmount(m.month(), m.amountFen(), m.policyVersion()));
            }
        }
        if (first == 0) {
            // owed since before the look-back: started as that version allows (those months are never paid)
            MonthDecision m = months.getFirst();
            YearMonth start = Months.max(Months.after(Objects.requireNonNull(m.decision().eligibleSince())),
                    m.policyEffectiveMonth());
            ScheduledAmount step = schedule.getFirst();
            schedule.set(0, new ScheduledAmount(start, step.amountFen(), step.policyVersion()));
        }
        return Optional.of(new OwedMonths(schedule, months.get(last).month()));
    }

    /** The last run of owed months: for a person no longer eligible, what was owed before. */
    static Optional<OwedMonths> last(List<MonthDecision> months) {
        for (int i = months.size() - 1; i >= 0; i--) {
            if (months.get(i).owed()) {
                return endingAt(months, i);
            }
        }
        return Optional.empty();
    }

    /** The months from {@code month} on (after an ended grant, from a pause): empty if none is left. */
    Optional<OwedMonths> notBefore(YearMonth month) {
        if (month.isAfter(until)) {
            return Optional.empty();
        }
        List<ScheduledAmount> kept = new ArrayList<>();
        for (int i = 0; i < schedule.size(); i++) {
            ScheduledAmount step = schedule.get(i);
            boolean replacedBefore = i + 1 < schedule.size() && !schedule.get(i + 1).from().isAfter(month);
            if (!replacedBefore) {
                kept.add(step.from().isBefore(month) ? new ScheduledAmount(month, step.amountFen(), step.policyVersion())
                        : step);
            }
        }
        return Optional.of(new OwedMonths(kept, until));
    }

    /** Without a month by month decision: from the month after eligibility, never before the version in force. */
    static YearMonth startWithoutHistory(LocalDate eligibleSince, YearMonth policyEffectiveMonth) {
        return Months.max(Months.after(eligibleSince), policyEffectiveMonth);
    }
}

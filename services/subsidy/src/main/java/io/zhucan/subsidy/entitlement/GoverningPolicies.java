package io.zhucan.subsidy.entitlement;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.shared.Months;
import io.zhucan.subsidy.standard.LivingStandards;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The policy versions that governed the months from {@code from} (the earliest month the next run may
 * still pay: the look-back) to {@code next}, oldest first, each from its effective month until the next
 * one's. A late fact is decided under each month's own version, at that month's amounts and 低保
 * standard. {@link #NONE} where an evaluation cannot reach back (a policy coming into force has no
 * fact date): then the version in force for the next month decides alone.
 */
public record GoverningPolicies(YearMonth from, YearMonth next, List<Policy> versions) {

    public static final GoverningPolicies NONE = new GoverningPolicies(YearMonth.of(2015, 1), YearMonth.of(2015, 1),
            List.of());

    public GoverningPolicies {
        versions = List.copyOf(versions);
        for (int i = 1; i < versions.size(); i++) {
            if (!versions.get(i).effectiveMonth().isAfter(versions.get(i - 1).effectiveMonth())) {
                throw new IllegalArgumentException("governing versions are listed oldest first");
            }
        }
    }

    /** The decision of each month from {@code from} (or the first version's month) to {@code next}; none without versions. */
    public List<MonthDecision> decide(Allowance allowance, PersonFacts person, LivingStandards standards) {
        List<MonthDecision> months = new ArrayList<>();
        if (versions.isEmpty()) {
            return months;
        }
        for (YearMonth m = Months.max(from, versions.getFirst().effectiveMonth()); !m.isAfter(next); m = m.plusMonths(1)) {
            Policy policy = governing(m);
            months.add(new MonthDecision(m, EligibilityRules.decide(allowance, person, policy, standards, Months.first(m)),
                    policy.version(), policy.effectiveMonth()));
        }
        return months;
    }

    private Policy governing(YearMonth month) {
        Policy governing = versions.getFirst();
        for (Policy p : versions) {
            if (!p.effectiveMonth().isAfter(month)) {
                governing = p;
            }
        }
        return governing;
    }
}

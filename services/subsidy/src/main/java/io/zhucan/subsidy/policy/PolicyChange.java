package io.zhucan.subsidy.policy;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.subsidy.policy.Policy.Amount;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An operator's edit of the policy: rule settings and amounts to set (an amount of {@code null}
 * removes a county override). Applied to the latest version it yields the next version; it also
 * tells whom the change touches, so only they are re-evaluated.
 */
public record PolicyChange(LocalDate effectiveFrom, String reason, Map<String, RuleSetting> rules,
        List<AmountChange> amounts) {

    public PolicyChange {
        rules = Map.copyOf(rules);
        amounts = List.copyOf(amounts);
    }

    /** Validates the change; throws {@link RuleViolationException} naming the first fault. */
    public void validate(LocalDate firstOfNextMonth) {
        if (effectiveFrom.getDayOfMonth() != 1) {
            throw new RuleViolationException("policy-effective-date", "effectiveFrom must be the first day of a month");
        }
        if (effectiveFrom.isBefore(firstOfNextMonth.minusMonths(1))) {
            throw new RuleViolationException("policy-effective-date", "a policy change cannot take effect before the current month");
        }
        if (reason.isBlank()) {
            throw new RuleViolationException("policy-reason", "a policy change needs a reason");
        }
        if (rules.isEmpty() && amounts.isEmpty()) {
            throw new RuleViolationException("policy-change-empty", "a policy change changes at least one rule or amount");
        }
        rules.forEach((id, setting) -> {
            if (RuleId.byId(id).filter(RuleId::configurable).isEmpty()) {
                throw new RuleViolationException("policy-rule", "unknown or non-configurable rule " + id);
            }
            try {
                switch (RuleId.byId(id).orElseThrow()) {
                    case LIVING_LOW_INCOME -> setting.values(LowIncomeStatus.class);
                    case NURSING_EXCLUDE_CARE_BENEFIT -> setting.values(CareScheme.class);
                    case NURSING_SEVERE_GRADE -> setting.list().forEach(PolicyChange::categoryGrade);
                    default -> { }
                }
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("policy-rule", "invalid parameter for rule " + id);
            }
        });
        for (AmountChange a : amounts) {
            if (!Policy.PROVINCE.equals(a.region()) && !(a.region().matches("33\\d{4}") && !a.region().endsWith("00"))) {
                throw new RuleViolationException("policy-region", "region must be 330000 or a Zhejiang county code");
            }
            if (Policy.PROVINCE.equals(a.region()) && a.monthlyAmountFen() == null) {
                throw new RuleViolationException("policy-amount", "province defaults can be changed, not removed");
            }
            if (a.monthlyAmountFen() != null && a.monthlyAmountFen() < 0) {
                throw new RuleViolationException("policy-amount", "amounts are not negative");
            }
        }
    }

    private static void categoryGrade(String entry) {
        String[] parts = entry.split(":", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException(entry);
        }
        if (!"*".equals(parts[0])) {
            DisabilityCategory.valueOf(parts[0]);
        }
        DisabilityGrade.valueOf(parts[1]);
    }

    /** The next version: {@code current} with this change applied. */
    public Policy applyTo(Policy current, long newVersion) {
        Map<String, RuleSetting> newRules = new HashMap<>(current.rules());
        newRules.putAll(rules);
        List<Amount> newAmounts = new ArrayList<>(current.amounts());
        for (AmountChange change : amounts) {
            newAmounts.removeIf(a -> a.allowance() == change.allowance() && a.region().equals(change.region())
                    && Objects.equals(a.grade(), change.grade()));
            if (change.monthlyAmountFen() != null) {
                newAmounts.add(new Amount(change.allowance(), change.region(), change.grade(),
                        change.monthlyAmountFen()));
            }
        }
        return new Policy(newVersion, effectiveFrom, newRules, newAmounts);
    }

    /** Whom the change touches: everyone when a rule changes, else the regions and grades of the amounts. */
    public Scope scope() {
        if (!rules.isEmpty()) {
            return Scope.EVERYONE;
        }
        Set<String> regions = new LinkedHashSet<>();
        Set<DisabilityGrade> grades = new LinkedHashSet<>();
        boolean anyGrade = false;
        for (AmountChange a : amounts) {
            regions.add(a.region());
            if (a.grade() == null) {
                anyGrade = true;
            } else {
                grades.add(a.grade());
            }
        }
        if (regions.contains(Policy.PROVINCE)) {
            regions = Set.of();
        }
        return new Scope(Set.copyOf(regions), anyGrade ? Set.of() : Set.copyOf(grades));
    }

    /** One amount to set or (null) remove. */
    public record AmountChange(Allowance allowance, String region, @Nullable DisabilityGrade grade,
            @Nullable Long monthlyAmountFen) {
    }

    /** Counties (empty = all) and grades (empty = all) of the persons a change touches. */
    public record Scope(Set<String> counties, Set<DisabilityGrade> grades) {

        public static final Scope EVERYONE = new Scope(Set.of(), Set.of());
    }
}

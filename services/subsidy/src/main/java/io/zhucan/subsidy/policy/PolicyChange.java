package io.zhucan.subsidy.policy;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.domain.region.Division;
import io.zhucan.platform.domain.region.Divisions;
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
 * An operator's edit of the policy: the province's rule settings ({@code rules}), a city's or a
 * county's rule settings ({@code regionalRules}; a setting of {@code null} removes the override) and
 * amounts (an amount of {@code null} removes a city or county override). Applied to the latest
 * version it yields the next version; it also tells whom the change touches, so only they are
 * re-evaluated, and the region it concerns, whose operators may propose and approve it.
 */
public record PolicyChange(LocalDate effectiveFrom, String reason, Map<String, RuleSetting> rules,
        List<AmountChange> amounts, List<RuleChange> regionalRules) {

    public PolicyChange {
        rules = Map.copyOf(rules);
        amounts = List.copyOf(amounts);
        regionalRules = regionalRules == null ? List.of() : List.copyOf(regionalRules); // older stored changes lack it
    }

    /** A change of province rules and of amounts. */
    public PolicyChange(LocalDate effectiveFrom, String reason, Map<String, RuleSetting> rules,
            List<AmountChange> amounts) {
        this(effectiveFrom, reason, rules, amounts, List.of());
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
        if (rules.isEmpty() && amounts.isEmpty() && regionalRules.isEmpty()) {
            throw new RuleViolationException("policy-change-empty", "a policy change changes at least one rule or amount");
        }
        rules.forEach(PolicyChange::validateRule);
        for (RuleChange r : regionalRules) {
            if (!isCityOrCounty(r.region())) {
                throw new RuleViolationException("policy-region",
                        "a regional rule belongs to a Zhejiang city or county (province rules go in rules)");
            }
            if (r.setting() == null) {
                if (RuleId.byId(r.rule()).filter(RuleId::configurable).isEmpty()) {
                    throw new RuleViolationException("policy-rule", "unknown or non-configurable rule " + r.rule());
                }
            } else {
                validateRule(r.rule(), r.setting());
            }
        }
        for (AmountChange a : amounts) {
            if (!Policy.PROVINCE.equals(a.region()) && !isCityOrCounty(a.region())) {
                throw new RuleViolationException("policy-region", "region must be 330000 or a Zhejiang city or county code");
            }
            if (Policy.PROVINCE.equals(a.region()) && a.monthlyAmountFen() == null) {
                throw new RuleViolationException("policy-amount", "province defaults can be changed, not removed");
            }
            if (a.monthlyAmountFen() != null && a.monthlyAmountFen() < 0) {
                throw new RuleViolationException("policy-amount", "amounts are not negative");
            }
        }
    }

    private static void validateRule(String id, RuleSetting setting) {
        if (RuleId.byId(id).filter(RuleId::configurable).isEmpty()) {
            throw new RuleViolationException("policy-rule", "unknown or non-configurable rule " + id);
        }
        try {
            switch (RuleId.byId(id).orElseThrow()) {
                case LIVING_LOW_INCOME -> setting.values(LowIncomeStatus.class);
                case NURSING_EXCLUDE_CARE_BENEFIT -> setting.values(CareScheme.class);
                case NURSING_SEVERE_GRADE -> setting.list().forEach(PolicyChange::categoryGrade);
                case LIVING_INCOME -> IncomeRange.of(setting);
                default -> { }
            }
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("policy-rule", "invalid parameter for rule " + id);
        }
    }

    private static boolean isCityOrCounty(String region) {
        return Divisions.zhejiang().find(region)
                .filter(d -> d.level() == Division.Level.CITY || d.level() == Division.Level.COUNTY).isPresent();
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
        Map<String, Map<String, RuleSetting>> newRegional = new HashMap<>();
        current.regionalRules().forEach((region, settings) -> newRegional.put(region, new HashMap<>(settings)));
        for (RuleChange change : regionalRules) {
            Map<String, RuleSetting> settings = newRegional.computeIfAbsent(change.region(), r -> new HashMap<>());
            if (change.setting() == null) {
                settings.remove(change.rule());
            } else {
                settings.put(change.rule(), change.setting());
            }
        }
        return new Policy(newVersion, effectiveFrom, newRules, newAmounts, newRegional);
    }

    /**
     * The region the change concerns, whose operators propose and approve it: the province if it
     * changes a province rule or amount or regions of several cities; else the one county it
     * changes, or the city.
     */
    public String region() {
        Set<String> regions = new LinkedHashSet<>();
        regionalRules.forEach(r -> regions.add(r.region()));
        amounts.forEach(a -> regions.add(a.region()));
        if (!rules.isEmpty() || regions.contains(Policy.PROVINCE)) {
            return Policy.PROVINCE;
        }
        Set<String> cities = new LinkedHashSet<>();
        regions.forEach(r -> cities.add(Policy.cityOf(r)));
        if (cities.size() != 1) {
            return Policy.PROVINCE;
        }
        return regions.size() == 1 ? regions.iterator().next() : cities.iterator().next();
    }

    /**
     * Whom the change touches: everyone when a province rule changes; else the counties of the
     * regional rules and amounts (a city's: all its counties), of the amounts' grades unless a rule
     * changes too (a rule touches every grade).
     */
    public Scope scope() {
        if (!rules.isEmpty()) {
            return Scope.EVERYONE;
        }
        Set<String> counties = new LinkedHashSet<>();
        Set<DisabilityGrade> grades = new LinkedHashSet<>();
        boolean anyGrade = !regionalRules.isEmpty();
        boolean province = false;
        for (RuleChange r : regionalRules) {
            counties.addAll(countiesOf(r.region()));
        }
        for (AmountChange a : amounts) {
            province |= Policy.PROVINCE.equals(a.region());
            counties.addAll(countiesOf(a.region()));
            if (a.grade() == null) {
                anyGrade = true;
            } else {
                grades.add(a.grade());
            }
        }
        return new Scope(province ? Set.of() : Set.copyOf(counties), anyGrade ? Set.of() : Set.copyOf(grades));
    }

    private static List<String> countiesOf(String region) {
        if (!region.endsWith("00")) {
            return List.of(region);
        }
        return Divisions.zhejiang().at(Division.Level.COUNTY).stream().map(Division::code)
                .filter(county -> Policy.PROVINCE.equals(region) || Policy.cityOf(county).equals(region)).toList();
    }

    /** A city's or county's setting of one rule to set or (null) remove. */
    public record RuleChange(String region, String rule, @Nullable RuleSetting setting) {
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

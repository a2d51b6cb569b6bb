package io.zhucan.subsidy.policy;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One immutable version of the subsidy policy: rule settings and monthly amounts per region (the
 * province default {@code 330000} and county overrides) and grade, in force from
 * {@code effectiveFrom}. Nothing numeric about the subsidies lives in Java: it is all here.
 */
public record Policy(long version, LocalDate effectiveFrom, Map<String, RuleSetting> rules, List<Amount> amounts) {

    public static final String PROVINCE = "330000";

    public Policy {
        rules = Map.copyOf(rules);
        amounts = List.copyOf(amounts);
    }

    public YearMonth effectiveMonth() {
        return YearMonth.from(effectiveFrom);
    }

    /** The setting of a rule (rules are keyed by their stable id, as stored and edited). */
    public RuleSetting rule(RuleId rule) {
        return rules.getOrDefault(rule.id(), RuleSetting.DISABLED);
    }

    /** Low-income statuses that qualify for the living allowance. */
    public Set<LowIncomeStatus> qualifyingLowIncome() {
        RuleSetting rule = rule(RuleId.LIVING_LOW_INCOME);
        return rule.enabled() ? rule.values(LowIncomeStatus.class) : EnumSet.noneOf(LowIncomeStatus.class);
    }

    /** Whether the nursing allowance covers a certificate of this category and grade. */
    public boolean nursingCovers(DisabilityCategory category, DisabilityGrade grade) {
        RuleSetting rule = rule(RuleId.NURSING_SEVERE_GRADE);
        if (!rule.enabled()) {
            return false;
        }
        return rule.list().stream().map(e -> e.split(":", 2)).anyMatch(e -> e.length == 2
                && ("*".equals(e[0]) || category.name().equals(e[0])) && grade.name().equals(e[1]));
    }

    /** Care schemes that exclude the nursing allowance (长期护理保险, 工伤护理费, ...). */
    public Set<CareScheme> excludingCareSchemes() {
        RuleSetting rule = rule(RuleId.NURSING_EXCLUDE_CARE_BENEFIT);
        return rule.enabled() ? rule.values(CareScheme.class) : EnumSet.noneOf(CareScheme.class);
    }

    /**
     * The monthly amount for a person of {@code county} and {@code grade}: the most specific entry
     * wins (county and grade, county, province and grade, province); empty if the policy has none.
     */
    public Optional<Long> monthlyAmount(Allowance allowance, String county, DisabilityGrade grade) {
        return amounts.stream()
                .filter(a -> a.allowance() == allowance)
                .filter(a -> a.region().equals(county) || a.region().equals(PROVINCE))
                .filter(a -> a.grade() == null || a.grade() == grade)
                .max(Comparator.comparingInt(Amount::specificity))
                .map(Amount::monthlyAmountFen);
    }

    /** The setting of one rule: on/off and its parameter (a comma-separated list). */
    public record RuleSetting(boolean enabled, String parameter) {

        public static final RuleSetting DISABLED = new RuleSetting(false, "");

        public List<String> list() {
            return Arrays.stream(parameter.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        public <E extends Enum<E>> Set<E> values(Class<E> type) {
            return list().stream().map(v -> Enum.valueOf(type, v))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
        }
    }

    /** A monthly amount in fen for an allowance in a region, for one grade or (grade null) any. */
    public record Amount(Allowance allowance, String region, @Nullable DisabilityGrade grade, long monthlyAmountFen) {

        public Amount {
            if (monthlyAmountFen < 0) {
                throw new IllegalArgumentException("amounts are not negative");
            }
        }

        int specificity() {
            return (PROVINCE.equals(region) ? 0 : 2) + (grade == null ? 0 : 1);
        }
    }
}

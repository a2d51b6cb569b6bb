package io.zhucan.subsidy.policy;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One immutable version of the subsidy policy, in force from {@code effectiveFrom}, at three levels:
 * the province's rule settings ({@code rules}) and amounts ({@code 330000}), a city's and a county's
 * overrides ({@code regionalRules}: region → rule id → setting; amounts by region). Per rule and per
 * amount the county's setting beats its city's, which beats the province's. Nothing numeric about
 * the subsidies lives in Java: it is all here.
 */
public record Policy(long version, LocalDate effectiveFrom, Map<String, RuleSetting> rules, List<Amount> amounts,
        Map<String, Map<String, RuleSetting>> regionalRules) {

    public static final String PROVINCE = "330000";

    public Policy {
        rules = Map.copyOf(rules);
        amounts = List.copyOf(amounts);
        regionalRules = regionalRules.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
    }

    /** A policy with province rules only. */
    public Policy(long version, LocalDate effectiveFrom, Map<String, RuleSetting> rules, List<Amount> amounts) {
        this(version, effectiveFrom, rules, amounts, Map.of());
    }

    public YearMonth effectiveMonth() {
        return YearMonth.from(effectiveFrom);
    }

    /** The province's setting of a rule (rules are keyed by their stable id, as stored and edited). */
    public RuleSetting rule(RuleId rule) {
        return rules.getOrDefault(rule.id(), RuleSetting.DISABLED);
    }

    /** The setting of a rule for a person of {@code county}: the county's, else its city's, else the province's. */
    public AppliedRule rule(RuleId rule, String county) {
        for (String region : new String[] {county, cityOf(county)}) {
            RuleSetting setting = regionalRules.getOrDefault(region, Map.of()).get(rule.id());
            if (setting != null) {
                return new AppliedRule(rule, region, setting);
            }
        }
        return new AppliedRule(rule, PROVINCE, rule(rule));
    }

    /** The city (地级市) a county belongs to, e.g. 330102 → 330100, 330482 → 330400. */
    public static String cityOf(String county) {
        return county.substring(0, 4) + "00";
    }

    /** The province's qualifying low-income statuses (a county may differ: {@link #rule(RuleId, String)}). */
    public Set<LowIncomeStatus> qualifyingLowIncome() {
        return qualifyingLowIncome(rule(RuleId.LIVING_LOW_INCOME));
    }

    /** Whether the province's nursing rule covers a category and grade. */
    public boolean nursingCovers(DisabilityCategory category, DisabilityGrade grade) {
        return nursingCovers(rule(RuleId.NURSING_SEVERE_GRADE), category, grade);
    }

    /** The province's care schemes that exclude the nursing allowance. */
    public Set<CareScheme> excludingCareSchemes() {
        return excludingCareSchemes(rule(RuleId.NURSING_EXCLUDE_CARE_BENEFIT));
    }

    /** Low-income statuses that qualify for the living allowance under a setting of {@code LIVING.LOW_INCOME}. */
    public static Set<LowIncomeStatus> qualifyingLowIncome(RuleSetting rule) {
        return rule.enabled() ? rule.values(LowIncomeStatus.class) : EnumSet.noneOf(LowIncomeStatus.class);
    }

    /** Whether a setting of {@code NURSING.SEVERE_GRADE} covers a certificate of this category and grade. */
    public static boolean nursingCovers(RuleSetting rule, DisabilityCategory category, DisabilityGrade grade) {
        if (!rule.enabled()) {
            return false;
        }
        return rule.list().stream().map(e -> e.split(":", 2)).anyMatch(e -> e.length == 2
                && ("*".equals(e[0]) || category.name().equals(e[0])) && grade.name().equals(e[1]));
    }

    /** Care schemes that exclude the nursing allowance (长期护理保险, 工伤护理费, ...) under a setting. */
    public static Set<CareScheme> excludingCareSchemes(RuleSetting rule) {
        return rule.enabled() ? rule.values(CareScheme.class) : EnumSet.noneOf(CareScheme.class);
    }

    /**
     * The monthly amount for a person of {@code county} and {@code grade}: the most specific entry
     * wins (county and grade, county, city and grade, city, province and grade, province); empty if
     * the policy has none.
     */
    public Optional<Long> monthlyAmount(Allowance allowance, String county, DisabilityGrade grade) {
        String city = cityOf(county);
        Amount best = null;
        for (Amount a : amounts) {
            if (a.allowance() == allowance && (a.grade() == null || a.grade() == grade)
                    && (a.region().equals(county) || a.region().equals(city) || a.region().equals(PROVINCE))
                    && (best == null || a.specificity() > best.specificity())) {
                best = a;
            }
        }
        return Optional.ofNullable(best).map(Amount::monthlyAmountFen);
    }

    /** The setting that decided a rule for a person, and the region whose it is. */
    public record AppliedRule(RuleId rule, String region, RuleSetting setting) {

        /** A city's or a county's rule rather than the province default. */
        public boolean regional() {
            return !PROVINCE.equals(region);
        }

        /** As recorded with a decision, e.g. {@code NURSING.SEVERE_GRADE@330100}. */
        public String id() {
            return rule.id() + "@" + region;
        }
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

        /** County beats city beats province; within a level, a grade's entry beats the any-grade one. */
        int specificity() {
            int level = PROVINCE.equals(region) ? 0 : region.endsWith("00") ? 2 : 4;
            return level + (grade == null ? 0 : 1);
        }
    }
}

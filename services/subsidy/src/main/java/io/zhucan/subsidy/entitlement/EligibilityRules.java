package io.zhucan.subsidy.entitlement;

import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.subsidy.entitlement.Decision.EndReason;
import io.zhucan.subsidy.entitlement.Decision.Ending;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFacts.CareBenefit;
import io.zhucan.subsidy.facts.PersonFacts.Certificate;
import io.zhucan.subsidy.facts.PersonFacts.CertificateStatus;
import io.zhucan.subsidy.facts.PersonFacts.Dated;
import io.zhucan.subsidy.facts.PersonFacts.Income;
import io.zhucan.subsidy.policy.IncomeRange;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.Policy.AppliedRule;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import io.zhucan.subsidy.policy.MissingFact;
import io.zhucan.subsidy.policy.RuleId;
import io.zhucan.subsidy.standard.LivingStandards;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The eligibility rules of the two allowances (两项补贴), DOMAIN.md: a pure function of a person's
 * facts and one policy version. Every rule is evaluated (not only up to the first failure) so the
 * decision explains everything that is missing. {@code asOf} is the first day of the month the
 * decision governs.
 */
public final class EligibilityRules {

    public static Decision decide(Allowance allowance, PersonFacts facts, Policy policy, LocalDate asOf) {
        return decide(allowance, facts, policy, LivingStandards.NONE, asOf);
    }

    /** As above, the living allowance following the county's 低保 standard where one is in force. */
    public static Decision decide(Allowance allowance, PersonFacts facts, Policy policy, LivingStandards standards,
            LocalDate asOf) {
        Certificate certificate = facts.certificate();
        if (certificate == null) {
            throw new IllegalArgumentException("only certificate holders are evaluated");
        }
        return switch (allowance) {
            case LIVING -> living(facts, certificate, policy, standards, asOf);
            case NURSING -> nursing(facts, certificate, policy, asOf);
        };
    }

    private static Decision living(PersonFacts facts, Certificate certificate, Policy policy, LivingStandards standards,
            LocalDate asOf) {
        Evaluation e = new Evaluation(Allowance.LIVING);
        e.common(facts, certificate, RuleId.LIVING_ALIVE, RuleId.LIVING_CERTIFICATE_VALID);

        String county = certificate.county();
        Dated<LowIncomeStatus> lowIncome = facts.lowIncome();
        Set<LowIncomeStatus> qualifying = Policy.qualifyingLowIncome(e.rule(policy, RuleId.LIVING_LOW_INCOME, county));
        RuleSetting incomeRule = e.rule(policy, RuleId.LIVING_INCOME, county);
        Dated<Income> income = facts.income();
        if (lowIncome != null && qualifying.contains(lowIncome.value())) {
            e.since(lowIncome.since());
        } else if (incomeRule.enabled() && income != null && IncomeRange.of(incomeRule).covers(
                income.value().householdPerCapitaMonthlyFen(), income.value().ownMonthlyFen(), facts.idNumber(), asOf)) {
            e.since(income.since()); // worded by income where the region says so (seed 004)
        } else {
            e.fail(RuleId.LIVING_LOW_INCOME);
            if (incomeRule.enabled()) {
                e.fail(RuleId.LIVING_INCOME);
            }
        }

        if (e.rule(policy, RuleId.LIVING_EXCLUDE_ORPHAN_ALLOWANCE, county).enabled()) {
            Dated<Boolean> orphan = facts.orphanAllowance();
            if (orphan != null && orphan.value()) {
                e.fail(RuleId.LIVING_EXCLUDE_ORPHAN_ALLOWANCE);
            } else if (orphan != null) {
                e.since(orphan.since());
            }
        }

        Optional<Long> amount = monthlyAmount(Allowance.LIVING, certificate, policy, standards, YearMonth.from(asOf));
        if (amount.isEmpty()) {
            e.missing(MissingFact.LIVING_AMOUNT);
        }
        return e.decision(amount.orElse(null));
    }

    /**
     * The monthly amount of an allowance for a certificate in {@code month}: the living allowance
     * follows the county's 低保 standard where one is in force, otherwise the policy's amount holds.
     */
    public static Optional<Long> monthlyAmount(Allowance allowance, Certificate certificate, Policy policy,
            LivingStandards standards, YearMonth month) {
        Optional<Long> standardShare = allowance == Allowance.LIVING
                ? standards.livingAmount(certificate.county(), certificate.grade(), month) : Optional.empty();
        return standardShare.or(() -> policy.monthlyAmount(allowance, certificate.county(), certificate.grade()));
    }

    private static Decision nursing(PersonFacts facts, Certificate certificate, Policy policy, LocalDate asOf) {
        Evaluation e = new Evaluation(Allowance.NURSING);
        e.common(facts, certificate, RuleId.NURSING_ALIVE, RuleId.NURSING_CERTIFICATE_VALID);

        String county = certificate.county();
        if (Policy.nursingCovers(e.rule(policy, RuleId.NURSING_SEVERE_GRADE, county), certificate.category(),
                certificate.grade())) {
            e.since(certificate.gradeSince());
        } else {
            e.fail(RuleId.NURSING_SEVERE_GRADE);
        }

        if (e.rule(policy, RuleId.NURSING_EXCLUDE_INSTITUTIONAL_CARE, county).enabled()) {
            Dated<Boolean> care = facts.institutionalCare();
            if (care != null && care.value()) {
                e.fail(RuleId.NURSING_EXCLUDE_INSTITUTIONAL_CARE);
            } else if (care != null) {
                e.since(care.since());
            } else if (facts.lowIncome() != null && facts.lowIncome().value() == LowIncomeStatus.TEKUN) {
                // 特困 persons are supported either in an institution (excluded) or at home: unknown which
                e.missing(MissingFact.INSTITUTIONAL_CARE);
            }
        }

        Set<CareScheme> excluding = Policy.excludingCareSchemes(e.rule(policy, RuleId.NURSING_EXCLUDE_CARE_BENEFIT, county));
        boolean excluded = false;
        for (Map.Entry<CareScheme, CareBenefit> benefit : facts.careBenefits().entrySet()) {
            if (!excluding.contains(benefit.getKey())) {
                continue;
            }
            if (benefit.getValue().activeOn(asOf)) {
                excluded = true;
            } else if (benefit.getValue().endedOn() != null) {
                e.since(benefit.getValue().endedOn());
            }
        }
        if (excluded) {
            e.fail(RuleId.NURSING_EXCLUDE_CARE_BENEFIT);
        }

        Optional<Long> amount = policy.monthlyAmount(Allowance.NURSING, certificate.county(), certificate.grade());
        if (amount.isEmpty()) {
            e.missing(MissingFact.NURSING_AMOUNT);
        }
        return e.decision(amount.orElse(null));
    }

    /** Collects failing rules, missing facts and the latest date a passing fact holds from. */
    private static final class Evaluation {

        private final Allowance allowance;
        private final List<RuleId> failed = new ArrayList<>();
        private final List<MissingFact> missing = new ArrayList<>();
        private final List<String> regional = new ArrayList<>();
        private @Nullable LocalDate since;
        private @Nullable Ending ending;

        Evaluation(Allowance allowance) {
            this.allowance = allowance;
        }

        void common(PersonFacts facts, Certificate certificate, RuleId aliveRule, RuleId certificateRule) {
            if (facts.dateOfDeath() != null) {
                fail(aliveRule);
                ending = new Ending(EndReason.DEATH, facts.dateOfDeath());
            }
            if (certificate.status() == CertificateStatus.VALID) {
                since(certificate.statusSince());
            } else {
                fail(certificateRule);
                if (certificate.status() == CertificateStatus.CANCELLED && ending == null) {
                    EndReason reason = switch (certificate.cancellationReason() == null
                            ? CancellationReason.REQUEST : certificate.cancellationReason()) {
                        case DEATH -> EndReason.DEATH;
                        case MOVED_OUT_OF_PROVINCE -> EndReason.MOVED_OUT_OF_PROVINCE;
                        case REQUEST -> EndReason.CERTIFICATE_CANCELLED;
                    };
                    ending = new Ending(reason, certificate.statusSince());
                }
            }
        }

        /** The setting in force for the county; a city's or county's is recorded, so the explanation names it. */
        RuleSetting rule(Policy policy, RuleId rule, String county) {
            AppliedRule applied = policy.rule(rule, county);
            if (applied.regional()) {
                regional.add(applied.id());
            }
            return applied.setting();
        }

        void fail(RuleId rule) {
            failed.add(rule);
        }

        void missing(MissingFact fact) {
            missing.add(fact);
        }

        void since(LocalDate date) {
            if (since == null || date.isAfter(since)) {
                since = date;
            }
        }

        Decision decision(@Nullable Long amount) {
            EligibilityOutcome outcome = !failed.isEmpty() ? EligibilityOutcome.NOT_ELIGIBLE
                    : !missing.isEmpty() ? EligibilityOutcome.UNDECIDABLE : EligibilityOutcome.ELIGIBLE;
            return new Decision(allowance, outcome, failed, outcome == EligibilityOutcome.NOT_ELIGIBLE ? List.of() : missing,
                    outcome == EligibilityOutcome.ELIGIBLE ? amount : null,
                    outcome == EligibilityOutcome.ELIGIBLE ? since : null, ending, regional);
        }
    }

    private EligibilityRules() {
    }
}

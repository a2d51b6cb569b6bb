package io.zhucan.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.subsidy.entitlement.Decision.EndReason;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFacts.CareBenefit;
import io.zhucan.subsidy.facts.PersonFacts.Certificate;
import io.zhucan.subsidy.facts.PersonFacts.CertificateStatus;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.Policy.Amount;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.policy.PolicyChange.AmountChange;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.policy.MissingFact;
import io.zhucan.subsidy.policy.RuleId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule tables of DOMAIN.md (two-subsidies section): every rule, every exclusion, the boundaries. */
class EligibilityRulesTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    static final LocalDate ISSUED = LocalDate.of(2026, 11, 25);

    /** The seeded demo policy (V2__policy_seed.sql), in short. */
    static final Policy POLICY = new Policy(1, LocalDate.of(2015, 1, 1), Map.of(
            RuleId.LIVING_LOW_INCOME.id(), new RuleSetting(true, "DIBAO,DIBAO_EDGE"),
            RuleId.LIVING_EXCLUDE_ORPHAN_ALLOWANCE.id(), new RuleSetting(true, ""),
            RuleId.NURSING_SEVERE_GRADE.id(), new RuleSetting(true, "*:GRADE_1,*:GRADE_2"),
            RuleId.NURSING_EXCLUDE_INSTITUTIONAL_CARE.id(), new RuleSetting(true, ""),
            RuleId.NURSING_EXCLUDE_CARE_BENEFIT.id(), new RuleSetting(true, "LONG_TERM_CARE_INSURANCE,WORK_INJURY_NURSING")),
            List.of(new Amount(Allowance.LIVING, "330000", DisabilityGrade.GRADE_1, 40000),
                    new Amount(Allowance.LIVING, "330000", DisabilityGrade.GRADE_2, 40000),
                    new Amount(Allowance.LIVING, "330000", null, 30000),
                    new Amount(Allowance.NURSING, "330000", DisabilityGrade.GRADE_1, 40000),
                    new Amount(Allowance.NURSING, "330000", DisabilityGrade.GRADE_2, 30000),
                    new Amount(Allowance.NURSING, "330000", null, 20000),
                    new Amount(Allowance.LIVING, "330102", DisabilityGrade.GRADE_1, 49600),
                    new Amount(Allowance.LIVING, "330102", null, 37200),
                    new Amount(Allowance.NURSING, "330102", DisabilityGrade.GRADE_1, 49600)));

    static PersonFacts holder(DisabilityCategory category, DisabilityGrade grade, String county) {
        Certificate certificate = new Certificate(UUID.randomUUID(), "330102199003070027" + category.digit()
                + grade.level(), category, grade, ISSUED, county, CertificateStatus.VALID, ISSUED, ISSUED,
                ISSUED.plusYears(10), null);
        return PersonFacts.empty(ResidentIdNumber.of("330102199003070027")).withCertificate(UUID.randomUUID(), certificate);
    }

    @ParameterizedTest(name = "living: low-income {0} → {1}")
    @CsvSource({
            "DIBAO,      ELIGIBLE,     ''",
            "DIBAO_EDGE, ELIGIBLE,     ''",
            "TEKUN,      NOT_ELIGIBLE, LIVING.LOW_INCOME",
            "NONE,       NOT_ELIGIBLE, LIVING.LOW_INCOME",
            ",           NOT_ELIGIBLE, LIVING.LOW_INCOME"})
    void livingAllowanceNeedsALowIncomeHouseholdOfAQualifyingKind(LowIncomeStatus status, EligibilityOutcome outcome,
            String failed) {
        PersonFacts facts = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_3, "330102");
        if (status != null) {
            facts = facts.withLowIncome(status, LocalDate.of(2026, 9, 1));
        }
        Decision d = EligibilityRules.decide(Allowance.LIVING, facts, POLICY, AS_OF);
        assertThat(d.outcome()).isEqualTo(outcome);
        assertThat(d.failedRuleIds()).isEqualTo(failed.isEmpty() ? List.of() : List.of(failed));
    }

    @ParameterizedTest(name = "nursing: {0} grade {1} → {2}")
    @CsvSource({
            "PHYSICAL,     GRADE_1, ELIGIBLE",
            "VISUAL,       GRADE_2, ELIGIBLE",
            "MULTIPLE,     GRADE_2, ELIGIBLE",
            "MENTAL,       GRADE_2, ELIGIBLE",
            "INTELLECTUAL, GRADE_3, NOT_ELIGIBLE",
            "MENTAL,       GRADE_3, NOT_ELIGIBLE",
            "HEARING,      GRADE_4, NOT_ELIGIBLE"})
    void nursingAllowanceCoversSevereGradesOfEveryCategory(DisabilityCategory category, DisabilityGrade grade,
            EligibilityOutcome outcome) {
        Decision d = EligibilityRules.decide(Allowance.NURSING, holder(category, grade, "330102"), POLICY, AS_OF);
        assertThat(d.outcome()).isEqualTo(outcome);
        if (outcome == EligibilityOutcome.NOT_ELIGIBLE) {
            assertThat(d.failedRules()).containsExactly(RuleId.NURSING_SEVERE_GRADE);
        }
    }

    @Test
    void theCoveredGradesArePolicyData_grade3IntellectualAndMentalByExtension() {
        Policy extended = new PolicyChange(AS_OF, "extend to grade 3 intellectual and mental",
                Map.of(RuleId.NURSING_SEVERE_GRADE.id(),
                        new RuleSetting(true, "*:GRADE_1,*:GRADE_2,INTELLECTUAL:GRADE_3,MENTAL:GRADE_3")),
                List.of()).applyTo(POLICY, 2);
        assertThat(EligibilityRules.decide(Allowance.NURSING, holder(DisabilityCategory.INTELLECTUAL,
                DisabilityGrade.GRADE_3, "330102"), extended, AS_OF).monthlyAmountFen()).isEqualTo(20000);
        assertThat(EligibilityRules.decide(Allowance.NURSING, holder(DisabilityCategory.PHYSICAL,
                DisabilityGrade.GRADE_3, "330102"), extended, AS_OF).outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
    }

    @Test
    void bothAllowancesCanBeReceivedTogether() {
        PersonFacts facts = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, "330102")
                .withLowIncome(LowIncomeStatus.DIBAO, LocalDate.of(2026, 3, 1));
        assertThat(EligibilityRules.decide(Allowance.LIVING, facts, POLICY, AS_OF).outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
        assertThat(EligibilityRules.decide(Allowance.NURSING, facts, POLICY, AS_OF).outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @Test
    void orphansReceivingTheOrphanAllowanceDoNotReceiveTheLivingAllowance() {
        PersonFacts facts = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, "330102")
                .withLowIncome(LowIncomeStatus.DIBAO, LocalDate.of(2026, 3, 1))
                .withOrphanAllowance(true, LocalDate.of(2020, 1, 1));
        Decision living = EligibilityRules.decide(Allowance.LIVING, facts, POLICY, AS_OF);
        assertThat(living.failedRules()).containsExactly(RuleId.LIVING_EXCLUDE_ORPHAN_ALLOWANCE);
        assertThat(EligibilityRules.decide(Allowance.NURSING, facts, POLICY, AS_OF).outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);

        Decision afterOrphanAllowanceStopped = EligibilityRules.decide(Allowance.LIVING,
                facts.withOrphanAllowance(false, LocalDate.of(2026, 11, 30)), POLICY, AS_OF);
        assertThat(afterOrphanAllowanceStopped.outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
        assertThat(afterOrphanAllowanceStopped.eligibleSince()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void institutionalCareExcludesTheNursingAllowance() {
        PersonFacts facts = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, "330102")
                .withInstitutionalCare(true, LocalDate.of(2026, 1, 1));
        assertThat(EligibilityRules.decide(Allowance.NURSING, facts, POLICY, AS_OF).failedRules())
                .containsExactly(RuleId.NURSING_EXCLUDE_INSTITUTIONAL_CARE);
    }

    @Test
    void tekunWithoutKnownInstitutionalCareIsUndecidable() {
        PersonFacts facts = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, "330102")
                .withLowIncome(LowIncomeStatus.TEKUN, LocalDate.of(2026, 1, 1));
        Decision d = EligibilityRules.decide(Allowance.NURSING, facts, POLICY, AS_OF);
        assertThat(d.outcome()).isEqualTo(EligibilityOutcome.UNDECIDABLE);
        assertThat(d.missingFacts()).containsExactly(MissingFact.INSTITUTIONAL_CARE);
        assertThat(EligibilityRules.decide(Allowance.NURSING,
                facts.withInstitutionalCare(false, LocalDate.of(2026, 1, 1)), POLICY, AS_OF).outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @ParameterizedTest(name = "nursing with {0} active: {1}")
    @CsvSource({"LONG_TERM_CARE_INSURANCE, NOT_ELIGIBLE", "WORK_INJURY_NURSING, NOT_ELIGIBLE"})
    void careBenefitsForTheSameNeedExcludeTheNursingAllowance(CareScheme scheme, EligibilityOutcome outcome) {
        PersonFacts facts = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2, "330102")
                .withCareBenefit(scheme, new CareBenefit(LocalDate.of(2026, 6, 1), null));
        Decision d = EligibilityRules.decide(Allowance.NURSING, facts, POLICY, AS_OF);
        assertThat(d.outcome()).isEqualTo(outcome);
        assertThat(d.failedRules()).containsExactly(RuleId.NURSING_EXCLUDE_CARE_BENEFIT);

        Decision ended = EligibilityRules.decide(Allowance.NURSING, facts.withCareBenefit(scheme,
                new CareBenefit(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 11, 30))), POLICY, AS_OF);
        assertThat(ended.outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
        assertThat(ended.eligibleSince()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void whichCareSchemesExcludeIsPolicyData() {
        Policy onlyLtc = new PolicyChange(AS_OF, "work-injury nursing no longer excludes",
                Map.of(RuleId.NURSING_EXCLUDE_CARE_BENEFIT.id(), new RuleSetting(true, "LONG_TERM_CARE_INSURANCE")),
                List.of()).applyTo(POLICY, 2);
        PersonFacts facts = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2, "330102")
                .withCareBenefit(CareScheme.WORK_INJURY_NURSING, new CareBenefit(LocalDate.of(2026, 6, 1), null));
        assertThat(EligibilityRules.decide(Allowance.NURSING, facts, onlyLtc, AS_OF).outcome()).isEqualTo(EligibilityOutcome.ELIGIBLE);
    }

    @ParameterizedTest(name = "certificate {0} → fails, ends: {1}")
    @CsvSource({"EXPIRED, false", "SUSPENDED, false", "CANCELLED, true"})
    void anInvalidCertificateFailsBothAllowances(CertificateStatus status, boolean ends) {
        PersonFacts facts = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, "330102")
                .withLowIncome(LowIncomeStatus.DIBAO, LocalDate.of(2026, 3, 1));
        facts = facts.withCertificate(facts.personId(), facts.certificate().withStatus(status, LocalDate.of(2026, 11, 28),
                status == CertificateStatus.CANCELLED ? CancellationReason.REQUEST : null));
        Decision living = EligibilityRules.decide(Allowance.LIVING, facts, POLICY, AS_OF);
        Decision nursing = EligibilityRules.decide(Allowance.NURSING, facts, POLICY, AS_OF);
        assertThat(living.failedRules()).containsExactly(RuleId.LIVING_CERTIFICATE_VALID);
        assertThat(nursing.failedRules()).containsExactly(RuleId.NURSING_CERTIFICATE_VALID);
        assertThat(nursing.ending() != null).isEqualTo(ends);
    }

    @Test
    void deathEndsBothAllowancesFromItsDate() {
        PersonFacts facts = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, "330102")
                .withLowIncome(LowIncomeStatus.DIBAO, LocalDate.of(2026, 3, 1)).withDeath(LocalDate.of(2026, 11, 20));
        for (Allowance allowance : Allowance.values()) {
            Decision d = EligibilityRules.decide(allowance, facts, POLICY, AS_OF);
            assertThat(d.outcome()).isEqualTo(EligibilityOutcome.NOT_ELIGIBLE);
            assertThat(d.failedRuleIds()).containsExactly(allowance + ".ALIVE");
            assertThat(d.ending()).isEqualTo(new Decision.Ending(EndReason.DEATH, LocalDate.of(2026, 11, 20)));
        }
    }

    @ParameterizedTest(name = "{0} in {1} grade {2}: {3} fen")
    @CsvSource({
            "LIVING,  330102, GRADE_1, 49600",
            "LIVING,  330102, GRADE_2, 37200",
            "LIVING,  330106, GRADE_2, 40000",
            "LIVING,  330106, GRADE_4, 30000",
            "NURSING, 330102, GRADE_1, 49600",
            "NURSING, 330102, GRADE_2, 30000",
            "NURSING, 330802, GRADE_1, 40000"})
    void theMostSpecificAmountWins_countyAndGradeThenCountyThenProvince(Allowance allowance, String county,
            DisabilityGrade grade, long fen) {
        assertThat(POLICY.monthlyAmount(allowance, county, grade)).contains(fen);
    }

    @Test
    void aMissingAmountMakesTheCaseUndecidable() {
        Policy noDefaults = new Policy(3, AS_OF, POLICY.rules(), List.of(
                new Amount(Allowance.LIVING, "330102", null, 37200)));
        Decision d = EligibilityRules.decide(Allowance.NURSING, holder(DisabilityCategory.PHYSICAL,
                DisabilityGrade.GRADE_1, "330482"), noDefaults, AS_OF);
        assertThat(d.outcome()).isEqualTo(EligibilityOutcome.UNDECIDABLE);
        assertThat(d.missingFacts()).containsExactly(MissingFact.NURSING_AMOUNT);
    }

    @Test
    void eligibleSinceIsTheLatestOfTheFactsThatMakeThePersonEligible() {
        PersonFacts facts = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_3, "330102")
                .withLowIncome(LowIncomeStatus.DIBAO_EDGE, LocalDate.of(2027, 1, 5));
        assertThat(EligibilityRules.decide(Allowance.LIVING, facts, POLICY, AS_OF).eligibleSince())
                .isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void aPolicyChangeTouchesOnlyTheCountiesAndGradesItChanges() {
        var change = new PolicyChange(AS_OF, "raise", Map.of(), List.of(
                new AmountChange(Allowance.NURSING, "330802", DisabilityGrade.GRADE_2, 35000L)));
        assertThat(change.scope().counties()).containsExactly("330802");
        assertThat(change.scope().grades()).containsExactly(DisabilityGrade.GRADE_2);
        assertThat(change.applyTo(POLICY, 2).monthlyAmount(Allowance.NURSING, "330802", DisabilityGrade.GRADE_2))
                .contains(35000L);
        assertThat(new PolicyChange(AS_OF, "rules", Map.of(RuleId.LIVING_LOW_INCOME.id(), new RuleSetting(true, "DIBAO")),
                List.of()).scope()).isEqualTo(PolicyChange.Scope.EVERYONE);
    }

    /** Since when every rule holds: the latest date of the facts that pass (the grant starts the month after it). */
    @Test
    void eligibleSinceIsTheLatestDateOfThePassingFacts() {
        Certificate issuedEarly = new Certificate(UUID.randomUUID(), "33010219900307002741", DisabilityCategory.PHYSICAL,
                DisabilityGrade.GRADE_1, LocalDate.of(2026, 3, 1), "330102", CertificateStatus.VALID,
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2036, 2, 1), null);
        PersonFacts facts = PersonFacts.empty(ResidentIdNumber.of("330102199003070027"))
                .withCertificate(UUID.randomUUID(), issuedEarly);
        // the grade's date is the latest: nursing holds since the regrade
        assertThat(EligibilityRules.decide(Allowance.NURSING, facts, POLICY, AS_OF).eligibleSince())
                .isEqualTo(LocalDate.of(2026, 3, 1));
        // leaving institutional care later still: since then
        assertThat(EligibilityRules.decide(Allowance.NURSING,
                facts.withInstitutionalCare(false, LocalDate.of(2026, 7, 15)), POLICY, AS_OF).eligibleSince())
                .isEqualTo(LocalDate.of(2026, 7, 15));
        // a certificate valid again (renewed, reinstated) after the low-income fact: since the certificate
        Certificate renewed = issuedEarly.renewed(LocalDate.of(2026, 10, 9), LocalDate.of(2036, 10, 9));
        PersonFacts lowIncomeFirst = PersonFacts.empty(ResidentIdNumber.of("330102199003070027"))
                .withCertificate(UUID.randomUUID(), renewed).withLowIncome(LowIncomeStatus.DIBAO, LocalDate.of(2026, 4, 1));
        assertThat(EligibilityRules.decide(Allowance.LIVING, lowIncomeFirst, POLICY, AS_OF).eligibleSince())
                .isEqualTo(LocalDate.of(2026, 10, 9));
    }

    @Test
    void onlyACancelledCertificateEndsTheEntitlementAnInvalidOnePausesIt() {
        for (CertificateStatus status : List.of(CertificateStatus.EXPIRED, CertificateStatus.SUSPENDED)) {
            PersonFacts facts = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, "330102");
            facts = facts.withCertificate(facts.personId(), facts.certificate().withStatus(status, AS_OF, null));
            assertThat(EligibilityRules.decide(Allowance.NURSING, facts, POLICY, AS_OF).ending()).as(status.name())
                    .isNull();
        }
        PersonFacts cancelled = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, "330102");
        cancelled = cancelled.withCertificate(cancelled.personId(), cancelled.certificate()
                .withStatus(CertificateStatus.CANCELLED, AS_OF, null));
        assertThat(EligibilityRules.decide(Allowance.NURSING, cancelled, POLICY, AS_OF).ending())
                .isEqualTo(new Decision.Ending(EndReason.CERTIFICATE_CANCELLED, AS_OF));
    }
}

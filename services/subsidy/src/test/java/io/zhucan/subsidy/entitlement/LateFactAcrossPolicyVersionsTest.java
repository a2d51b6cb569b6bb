package io.zhucan.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.Policy.Amount;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import io.zhucan.subsidy.policy.RuleId;
import io.zhucan.subsidy.shared.Months;
import io.zhucan.subsidy.standard.LivingStandards;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A late fact across a policy change: each month it reaches back to is decided under the version that
 * governed that month, so the months before a new version are owed at the old version's amounts (or
 * not at all), never decided by the new one. Next month is December 2026; the look-back starts in
 * December 2025; version 1 is in force from January 2026, version 2 from October 2026.
 */
class LateFactAcrossPolicyVersionsTest {

    static final YearMonth NEXT = YearMonth.of(2026, 12);
    static final YearMonth LOOK_BACK = NEXT.minusMonths(12);
    static final Policy V1 = PeopleAndPolicy.POLICY;
    static final YearMonth V2_MONTH = YearMonth.of(2026, 10);
    static final LocalDate ISSUED = LocalDate.of(2026, 6, 10); // a certificate known only now: owed from July

    /** Version 2: nursing raised for grade 1 (40000 → 45000 fen), with its grades set as given. */
    static Policy v2(String nursingGrades) {
        Map<String, RuleSetting> rules = new HashMap<>(V1.rules());
        rules.put(RuleId.NURSING_SEVERE_GRADE.id(), new RuleSetting(true, nursingGrades));
        List<Amount> amounts = new ArrayList<>(V1.amounts().stream()
                .filter(a -> !(a.allowance() == Allowance.NURSING && a.grade() == DisabilityGrade.GRADE_1)).toList());
        amounts.add(new Amount(Allowance.NURSING, "330000", DisabilityGrade.GRADE_1, 45000));
        amounts.add(new Amount(Allowance.NURSING, "330000", DisabilityGrade.GRADE_3, 20000));
        return new Policy(2, Months.first(V2_MONTH), rules, amounts);
    }

    static final Policy RAISED = v2("*:GRADE_1,*:GRADE_2");
    /** Version 2 for the living allowance: grade 1 raised from 40000 to 46000 fen. */
    static final Policy LIVING_RAISED = new Policy(2, Months.first(V2_MONTH), V1.rules(), List.of(
            new Amount(Allowance.LIVING, "330000", DisabilityGrade.GRADE_1, 46000)));

    /** A grade-1 holder since 2025 whose household is 低保 again since {@code since} (known late). */
    static PersonFacts dibaoSince(LocalDate since) {
        return holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, LocalDate.of(2025, 6, 1))
                .withLowIncome(LowIncomeStatus.DIBAO, since);
    }

    /** Their living allowance, granted in March 2026 and suspended from {@code from} (the 低保 status ended). */
    static Entitlement livingSuspendedFrom(PersonFacts person, YearMonth from) {
        return Entitlement.grant(person.personId(), person.idNumber(), Allowance.LIVING, "330102", YearMonth.of(2026, 3),
                40000).suspend(from, "LIVING.LOW_INCOME");
    }

    static Situation situation(PersonFacts person, Policy inForce) {
        return new Situation(person.personId(), person.idNumber(), person.certificate().county(), NEXT,
                inForce.effectiveMonth(), new Trigger("certificate.issued", ISSUED));
    }

    static List<Transition> react(Entitlement current, PersonFacts person, Allowance allowance, Policy... versions) {
        Policy inForce = versions[versions.length - 1];
        Decision decision = EligibilityRules.decide(allowance, person, inForce, Months.first(NEXT));
        List<MonthDecision> months = new GoverningPolicies(LOOK_BACK, NEXT, List.of(versions))
                .decide(allowance, person, LivingStandards.NONE);
        return DecisionTable.react(current, decision, situation(person, inForce), months);
    }

    static PersonFacts holder(DisabilityCategory category, DisabilityGrade grade, LocalDate issued) {
        return PeopleAndPolicy.holder("330102", category, grade, issued);
    }

    @Test
    void eligibleUnderBothVersionsIsOwedTheOldAmountBeforeTheNewVersionsMonthAndTheNewOneFromIt() {
        PersonFacts person = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, ISSUED);

        List<Transition> transitions = react(null, person, Allowance.NURSING, V1, RAISED);

        assertThat(transitions).singleElement().isInstanceOf(Transition.Grant.class);
        var grant = (Transition.Grant) transitions.getFirst();
        assertThat(grant.granted().startMonth()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(grant.granted().latestAmountFen()).isEqualTo(45000);
        assertThat(grant.schedule()).containsExactly(new ScheduledAmount(YearMonth.of(2026, 7), 40000, 1L),
                new ScheduledAmount(V2_MONTH, 45000, 2L));
        assertThat(amountIn(grant.schedule(), V2_MONTH.minusMonths(1))).isEqualTo(40000);
        assertThat(amountIn(grant.schedule(), V2_MONTH)).isEqualTo(45000);
    }

    @Test
    void eligibleOnlyUnderTheNewVersionStartsAtItsEffectiveMonth() {
        PersonFacts person = holder(DisabilityCategory.INTELLECTUAL, DisabilityGrade.GRADE_3, ISSUED);

        var grant = (Transition.Grant) react(null, person, Allowance.NURSING, V1,
                v2("*:GRADE_1,*:GRADE_2,INTELLECTUAL:GRADE_3")).getFirst();

        assertThat(grant.granted().startMonth()).isEqualTo(V2_MONTH); // September was not covered then
        assertThat(grant.schedule()).containsExactly(new ScheduledAmount(V2_MONTH, 20000, 2L));
    }

    @Test
    void eligibleOnlyUnderTheOldVersionIsGrantedItsMonthsThenSuspendedFromTheNewVersionsMonth() {
        PersonFacts person = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2, ISSUED);

        List<Transition> transitions = react(null, person, Allowance.NURSING, V1, v2("*:GRADE_1"));

        assertThat(transitions).hasSize(2);
        var grant = (Transition.Grant) transitions.get(0);
        var suspend = (Transition.Suspend) transitions.get(1);
        assertThat(grant.granted().startMonth()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(grant.schedule()).containsExactly(new ScheduledAmount(YearMonth.of(2026, 7), 30000, 1L));
        assertThat(suspend.from()).isEqualTo(V2_MONTH);
        assertThat(suspend.reason()).isEqualTo("NURSING.SEVERE_GRADE");
        Entitlement after = suspend.suspended();
        assertThat(after.id()).isEqualTo(grant.granted().id());
        assertThat(after.status()).isEqualTo(EntitlementStatus.SUSPENDED);
        assertThat(after.payableIn(V2_MONTH.minusMonths(1))).isTrue();
        assertThat(after.payableIn(V2_MONTH)).isFalse();
        assertThat(after.payableIn(NEXT)).isFalse();
    }

    @Test
    void notEligibleUnderEitherVersionGetsNothing() {
        PersonFacts person = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_3, ISSUED);

        assertThat(react(null, person, Allowance.NURSING, V1, RAISED)).containsExactly(Transition.NONE);
    }

    @Test
    void monthsAreDecidedFromTheLookBackOnOnlyAndTheStartGoesBackAsTheFirstOnesVersionAllows() {
        Policy v0 = new Policy(0, LocalDate.of(2015, 1, 1), V1.rules(),
                List.of(new Amount(Allowance.NURSING, "330000", DisabilityGrade.GRADE_1, 35000)));
        PersonFacts person = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, LocalDate.of(2024, 3, 5));

        List<MonthDecision> months = new GoverningPolicies(LOOK_BACK, NEXT, List.of(v0, V1, RAISED))
                .decide(Allowance.NURSING, person, LivingStandards.NONE);
        assertThat(months.getFirst().month()).isEqualTo(LOOK_BACK); // nothing earlier is decided again
        assertThat(months.getFirst().policyVersion()).isZero();
        assertThat(months).hasSize(13).allSatisfy(m -> assertThat(m.owed()).isTrue());

        var grant = (Transition.Grant) react(null, person, Allowance.NURSING, v0, V1, RAISED).getFirst();
        // months before the look-back are never paid (the run's bound); the start is as it always was
        assertThat(grant.granted().startMonth()).isEqualTo(YearMonth.of(2024, 4));
        assertThat(grant.schedule()).containsExactly(new ScheduledAmount(YearMonth.of(2024, 4), 35000, 0L),
                new ScheduledAmount(V1.effectiveMonth(), 40000, 1L), new ScheduledAmount(V2_MONTH, 45000, 2L));
    }

    @Test
    void aMonthBeforeTheFirstVersionIsNotDecidedAtAll() {
        PersonFacts person = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, LocalDate.of(2024, 3, 5));

        var grant = (Transition.Grant) react(null, person, Allowance.NURSING, V1, RAISED).getFirst();

        assertThat(grant.granted().startMonth()).isEqualTo(V1.effectiveMonth()); // December 2025 had no policy
    }

    @Test
    void aResumptionByALateFactReopensTheMonthsFromThePauseAtTheirOwnVersionsAmounts() {
        PersonFacts person = dibaoSince(LocalDate.of(2026, 7, 15));
        Entitlement suspended = livingSuspendedFrom(person, YearMonth.of(2026, 5));

        var resume = (Transition.Resume) react(suspended, person, Allowance.LIVING, V1, LIVING_RAISED).getFirst();

        assertThat(resume.from()).isEqualTo(YearMonth.of(2026, 8));
        assertThat(resume.schedule()).containsExactly(new ScheduledAmount(YearMonth.of(2026, 8), 40000, 1L),
                new ScheduledAmount(V2_MONTH, 46000, 2L));
        assertThat(resume.latestFrom()).isEqualTo(V2_MONTH);
        assertThat(resume.previousAmountFen()).isEqualTo(40000L);
        assertThat(resume.resumed()).extracting(Entitlement::pausedFrom, Entitlement::pausedUntil, Entitlement::latestAmountFen)
                .containsExactly(YearMonth.of(2026, 5), YearMonth.of(2026, 7), 46000L);
    }

    @Test
    void aResumptionOwedOnlyUnderTheOldVersionIsResumedThenSuspendedAgainFromTheNewVersionsMonth() {
        PersonFacts person = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2, LocalDate.of(2025, 6, 1))
                .withCareBenefit(io.zhucan.platform.events.vocabulary.CareScheme.LONG_TERM_CARE_INSURANCE,
                        new PersonFacts.CareBenefit(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 20)));
        Entitlement suspended = Entitlement.grant(person.personId(), person.idNumber(), Allowance.NURSING, "330102",
                YearMonth.of(2026, 1), 30000).suspend(YearMonth.of(2026, 2), "NURSING.EXCLUDE_CARE_BENEFIT");

        List<Transition> transitions = react(suspended, person, Allowance.NURSING, V1, v2("*:GRADE_1"));

        assertThat(transitions).hasSize(2);
        var resume = (Transition.Resume) transitions.get(0);
        var suspend = (Transition.Suspend) transitions.get(1);
        assertThat(resume.from()).isEqualTo(YearMonth.of(2026, 8));
        assertThat(resume.schedule()).containsExactly(new ScheduledAmount(YearMonth.of(2026, 8), 30000, 1L));
        assertThat(suspend.from()).isEqualTo(V2_MONTH);
        assertThat(suspend.suspended().payableIn(YearMonth.of(2026, 9))).isTrue();
        assertThat(suspend.suspended().payableIn(V2_MONTH)).isFalse();
    }

    @Test
    void aResumptionNeverReopensMonthsBeforeThePause() {
        PersonFacts person = dibaoSince(LocalDate.of(2026, 2, 15));
        Entitlement suspended = livingSuspendedFrom(person, YearMonth.of(2026, 9));

        var resume = (Transition.Resume) react(suspended, person, Allowance.LIVING, V1, LIVING_RAISED).getFirst();

        // March to August were paid already, at their amounts: the schedule is rewritten from the pause only
        assertThat(resume.schedule()).containsExactly(new ScheduledAmount(YearMonth.of(2026, 9), 40000, 1L),
                new ScheduledAmount(V2_MONTH, 46000, 2L));
        assertThat(resume.resumed().pausedFrom()).isNull();
    }

    @Test
    void aGrantAgainAfterATerminationNeverCoversTheEndedGrantsMonths() {
        PersonFacts person = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, ISSUED);
        Entitlement terminated = Entitlement.grant(person.personId(), person.idNumber(), Allowance.NURSING, "330102",
                YearMonth.of(2026, 1), 40000).terminate(YearMonth.of(2026, 8), "x");

        var grant = (Transition.Grant) react(terminated, person, Allowance.NURSING, V1, RAISED).getFirst();

        assertThat(grant.granted().startMonth()).isEqualTo(YearMonth.of(2026, 9));
        assertThat(grant.schedule()).containsExactly(new ScheduledAmount(YearMonth.of(2026, 9), 40000, 1L),
                new ScheduledAmount(V2_MONTH, 45000, 2L));
    }

    @Test
    void withoutMonthDecisionsTheVersionInForceDecidesAloneAsForAPolicyTrigger() {
        PersonFacts person = holder(DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, ISSUED);
        Decision decision = EligibilityRules.decide(Allowance.NURSING, person, RAISED, Months.first(NEXT));

        List<Transition> transitions = DecisionTable.react(null, decision, situation(person, RAISED),
                GoverningPolicies.NONE.decide(Allowance.NURSING, person, LivingStandards.NONE));

        var grant = (Transition.Grant) transitions.getFirst();
        assertThat(grant.granted().startMonth()).isEqualTo(V2_MONTH);
        assertThat(grant.schedule()).containsExactly(new ScheduledAmount(V2_MONTH, 45000, null));
    }

    static long amountIn(List<ScheduledAmount> schedule, YearMonth month) {
        return schedule.stream().filter(s -> !s.from().isAfter(month)).reduce((a, b) -> b).orElseThrow().amountFen();
    }
}

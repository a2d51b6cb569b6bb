package io.zhucan.subsidy.entitlement.application;

import static io.zhucan.subsidy.fakes.PeopleAndPolicy.CLOCK;
import static io.zhucan.subsidy.fakes.PeopleAndPolicy.POLICY;
import static io.zhucan.subsidy.fakes.PeopleAndPolicy.holder;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.subsidy.EligibilityDecided;
import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.subsidy.casework.ExceptionKind;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import io.zhucan.subsidy.entitlement.Trigger;
import io.zhucan.subsidy.facts.FactChange;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import io.zhucan.subsidy.fakes.InMemoryDecisions;
import io.zhucan.subsidy.fakes.InMemoryEntitlements;
import io.zhucan.subsidy.fakes.InMemoryExceptionCases;
import io.zhucan.subsidy.fakes.InMemoryPolicies;
import io.zhucan.subsidy.fakes.InMemoryStandards;
import io.zhucan.subsidy.fakes.PublishedEvents;
import io.zhucan.subsidy.fakes.RecordedNotices;
import io.zhucan.subsidy.policy.MissingFact;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.RuleId;
import io.zhucan.subsidy.standard.DibaoStandard;
import io.zhucan.subsidy.standard.LivingShare;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** The automatic handling over in-memory ports: decisions recorded when they change, transitions applied. */
class EvaluationTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 11, 10);
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    final InMemoryEntitlements entitlements = new InMemoryEntitlements();
    final InMemoryDecisions decisions = new InMemoryDecisions();
    final InMemoryPolicies policies = new InMemoryPolicies(POLICY);
    final InMemoryExceptionCases exceptions = new InMemoryExceptionCases();
    final PublishedEvents events = new PublishedEvents();
    final RecordedNotices notices = new RecordedNotices();
    final Transitions transitions = new Transitions(entitlements, events, notices, (e, r) -> { },
            PeopleAndPolicy::certificateNumber, CLOCK);
    final InMemoryStandards standards = new InMemoryStandards();
    final Evaluation evaluation = new Evaluation(entitlements, decisions, policies, exceptions, transitions,
            standards, CLOCK);

    final PersonFacts severe = holder("330102", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, ISSUED)
            .withLowIncome(LowIncomeStatus.DIBAO, LocalDate.of(2026, 1, 1));

    @Test
    void aNewHolderIsDecidedForBothAllowancesAndGrantedFromTheNextMonth() {
        evaluation.factsChanged(severe, FactChange.CERTIFICATE_ISSUED, ISSUED);

        assertThat(decisions.log).extracting(d -> d.allowance() + ":" + d.outcome())
                .containsExactly("LIVING:ELIGIBLE", "NURSING:ELIGIBLE");
        assertThat(decisions.triggers).containsOnly("certificate.issued/v1");
        assertThat(events.of(EligibilityDecided.class)).extracting(EligibilityDecided::allowance,
                EligibilityDecided::outcome, EligibilityDecided::county, EligibilityDecided::policyVersion)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Allowance.LIVING, EligibilityOutcome.ELIGIBLE,
                                "330102", 1L),
                        org.assertj.core.groups.Tuple.tuple(Allowance.NURSING, EligibilityOutcome.ELIGIBLE, "330102", 1L));
        assertThat(entitlements.byId.values()).extracting(e -> e.allowance() + ":" + e.status() + ":" + e.startMonth()
                        + ":" + e.latestAmountFen())
                .containsExactlyInAnyOrder("LIVING:GRANTED:" + DECEMBER + ":40000", "NURSING:GRANTED:" + DECEMBER + ":40000");
        // each grant names the decision that made it
        assertThat(entitlements.grantedBy.values()).containsExactlyInAnyOrderElementsOf(
                events.of(EligibilityDecided.class).stream().map(EligibilityDecided::decisionId).toList());
        assertThat(exceptions.open).isEmpty();
    }

    /** Version 2 from October 2026: grade 1 nursing raised to 45000 fen, grade 2 no longer covered. */
    void addVersionTwo() {
        var amounts = new java.util.ArrayList<>(POLICY.amounts().stream()
                .filter(a -> !(a.allowance() == Allowance.NURSING && a.grade() == DisabilityGrade.GRADE_1)).toList());
        amounts.add(new Policy.Amount(Allowance.NURSING, "330000", DisabilityGrade.GRADE_1, 45000));
        var rules = new java.util.HashMap<>(POLICY.rules());
        rules.put(RuleId.NURSING_SEVERE_GRADE.id(), new Policy.RuleSetting(true, "*:GRADE_1"));
        policies.versions.put(2L, new Policy(2, LocalDate.of(2026, 10, 1), rules, amounts));
    }

    /** Version two is in force; a certificate issued in June becomes known only now. */
    void knownLate(DisabilityGrade grade) {
        addVersionTwo();
        LocalDate june = LocalDate.of(2026, 6, 10);
        evaluation.factsChanged(holder("330102", DisabilityCategory.PHYSICAL, grade, june),
                FactChange.CERTIFICATE_ISSUED, june);
    }

    @Test
    void aLateFactIsPaidEachMonthAtTheAmountOfTheVersionThatGovernedIt() {
        knownLate(DisabilityGrade.GRADE_1);

        var nursing = entitlements.byId.values().iterator().next();
        assertThat(nursing.startMonth()).isEqualTo(YearMonth.of(2026, 7));
        assertThat(entitlements.schedules.get(nursing.id())).containsExactlyEntriesOf(new java.util.TreeMap<>(
                java.util.Map.of(YearMonth.of(2026, 7), 40000L, YearMonth.of(2026, 10), 45000L)));
        assertThat(entitlements.scheduleReasons).containsEntry(nursing.id() + "@2026-07", "granted/v1")
                .containsEntry(nursing.id() + "@2026-10", "granted/v2");
        assertThat(entitlements.arrears).containsEntry(nursing.id(), "2026-07..2026-11");
    }

    @Test
    void aLateFactOwedOnlyUnderTheOldVersionIsGrantedThenSuspendedFromTheNewOne() {
        knownLate(DisabilityGrade.GRADE_2);

        assertThat(entitlements.byId.values()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(EntitlementStatus.SUSPENDED);
            assertThat(e.startMonth()).isEqualTo(YearMonth.of(2026, 7));
            assertThat(e.pausedFrom()).isEqualTo(YearMonth.of(2026, 10));
            assertThat(entitlements.schedules.get(e.id())).containsExactlyEntriesOf(
                    new java.util.TreeMap<>(java.util.Map.of(YearMonth.of(2026, 7), 30000L)));
        });
        assertThat(events.types()).containsSubsequence("EntitlementGranted", "EntitlementSuspended");
    }

    @Test
    void aPolicyTriggeredEvaluationDoesNotReachBeforeTheVersionInForce() {
        addVersionTwo();
        LocalDate june = LocalDate.of(2026, 6, 10);
        PersonFacts holder = holder("330102", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, june);

        evaluation.evaluate(List.of(holder), policies.inForce(LocalDate.of(2026, 12, 1)), Trigger.policy(2), DECEMBER);

        assertThat(entitlements.byId.values()).singleElement()
                .satisfies(e -> assertThat(e.startMonth()).isEqualTo(YearMonth.of(2026, 10)));
    }

    @Test
    void theDecisionsAreCountedByAllowanceAndOutcomeForTheDashboard() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Metrics.addRegistry(meters);
        try {
            evaluation.factsChanged(severe, FactChange.CERTIFICATE_ISSUED, ISSUED);
            evaluation.factsChanged(severe, FactChange.CERTIFICATE_RENEWED, ISSUED);

            assertThat(meters.get(Evaluation.DECISIONS).tags("allowance", "LIVING", "outcome", "ELIGIBLE").counter().count())
                    .as("the unchanged second result is no new decision").isEqualTo(1);
            assertThat(meters.get(Evaluation.DECISIONS).tags("allowance", "NURSING", "outcome", "ELIGIBLE").counter()
                    .count()).isEqualTo(1);
        } finally {
            Metrics.removeRegistry(meters);
        }
    }

    @Test
    void whereTheCountyHasALowIncomeStandardTheLivingAllowanceIsItsShareOfIt() {
        standards.standards.add(new DibaoStandard("330102", YearMonth.of(2015, 1), 150_000, "test"));
        standards.shares.add(new LivingShare("330000", DisabilityGrade.GRADE_1, 4_000, YearMonth.of(2015, 1)));

        evaluation.factsChanged(severe, FactChange.CERTIFICATE_ISSUED, ISSUED);

        assertThat(entitlements.byId.values()).extracting(e -> e.allowance() + ":" + e.latestAmountFen())
                .containsExactlyInAnyOrder("LIVING:60000", "NURSING:40000");
    }

    @Test
    void theSameResultTwiceRecordsOneDecisionAndChangesNothing() {
        evaluation.factsChanged(severe, FactChange.CERTIFICATE_ISSUED, ISSUED);
        int published = events.all.size();

        evaluation.factsChanged(severe, FactChange.CERTIFICATE_RENEWED, ISSUED);

        assertThat(decisions.log).hasSize(2);
        assertThat(events.all).hasSize(published);
        assertThat(notices.sent).hasSize(2);
    }

    @Test
    void aChangedResultIsRecordedWithItsRulesAndApplied() {
        evaluation.factsChanged(severe, FactChange.CERTIFICATE_ISSUED, ISSUED);
        PersonFacts lost = severe.withLowIncome(LowIncomeStatus.NONE, LocalDate.of(2027, 1, 5));

        evaluation.factsChanged(lost, FactChange.LOW_INCOME, LocalDate.of(2027, 1, 5));

        assertThat(decisions.log).hasSize(3);
        assertThat(decisions.log.getLast().failedRules()).containsExactly(RuleId.LIVING_LOW_INCOME);
        assertThat(events.of(EligibilityDecided.class).getLast().failedRules()).containsExactly("LIVING.LOW_INCOME");
        assertThat(entitlements.byId.values()).filteredOn(e -> e.allowance() == Allowance.LIVING).singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(EntitlementStatus.SUSPENDED);
                    assertThat(e.pausedFrom()).isEqualTo(YearMonth.of(2027, 2));
                });
    }

    @Test
    void anUndecidableCaseOpensAnExceptionWhichTheNextDecisionResolves() {
        Policy noAmounts = new Policy(1, LocalDate.of(2026, 1, 1), POLICY.rules(), List.of());
        Evaluation withoutAmounts = new Evaluation(entitlements, decisions, new InMemoryPolicies(noAmounts), exceptions,
                transitions, standards, CLOCK);
        withoutAmounts.factsChanged(severe, FactChange.CERTIFICATE_ISSUED, ISSUED);

        assertThat(exceptions.open).extracting(c -> c.allowance() + ":" + c.kind() + ":" + c.county() + ":" + c.detail())
                .containsExactly("LIVING:UNDECIDABLE:330102:missing facts: " + MissingFact.LIVING_AMOUNT.id(),
                        "NURSING:UNDECIDABLE:330102:missing facts: " + MissingFact.NURSING_AMOUNT.id());
        assertThat(entitlements.byId).isEmpty();

        evaluation.factsChanged(severe, FactChange.CERTIFICATE_RENEWED, ISSUED);
        assertThat(exceptions.open).isEmpty();
        assertThat(exceptions.resolutions).containsExactly("system: decided automatically: ELIGIBLE",
                "system: decided automatically: ELIGIBLE");
        assertThat(exceptions.open).noneMatch(c -> c.kind() == ExceptionKind.UNDECIDABLE);
    }

    @Test
    void personsWithoutACertificateAreNotEvaluated() {
        PersonFacts partnerFactOnly = PersonFacts.empty(severe.idNumber())
                .withLowIncome(LowIncomeStatus.DIBAO, LocalDate.of(2026, 1, 1));
        evaluation.evaluate(List.of(partnerFactOnly), POLICY, Trigger.policy(1), DECEMBER);
        assertThat(decisions.log).isEmpty();
        assertThat(events.all).isEmpty();
    }

    @Test
    void aBatchEvaluatesEveryHolderAgainstThePolicyGiven() {
        PersonFacts mild = holder("330106", DisabilityCategory.HEARING, DisabilityGrade.GRADE_4, ISSUED);
        evaluation.evaluate(List.of(severe, mild), POLICY, Trigger.policy(1), DECEMBER);
        assertThat(decisions.log).extracting(d -> d.allowance() + ":" + d.outcome()).containsExactly(
                "LIVING:ELIGIBLE", "NURSING:ELIGIBLE", "LIVING:NOT_ELIGIBLE", "NURSING:NOT_ELIGIBLE");
        assertThat(decisions.triggers).containsOnly("policy.v1/v1");
        assertThat(entitlements.byId).hasSize(2);
    }
}

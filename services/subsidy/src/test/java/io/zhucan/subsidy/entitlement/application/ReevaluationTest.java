package io.zhucan.subsidy.entitlement.application;

import static io.zhucan.subsidy.fakes.PeopleAndPolicy.CLOCK;
import static io.zhucan.subsidy.fakes.PeopleAndPolicy.POLICY;
import static io.zhucan.subsidy.fakes.PeopleAndPolicy.holder;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.subsidy.entitlement.Trigger;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import io.zhucan.subsidy.fakes.InMemoryDecisions;
import io.zhucan.subsidy.fakes.InMemoryEntitlements;
import io.zhucan.subsidy.fakes.InMemoryExceptionCases;
import io.zhucan.subsidy.fakes.InMemoryPersonFacts;
import io.zhucan.subsidy.fakes.InMemoryPolicies;
import io.zhucan.subsidy.fakes.InMemoryStandards;
import io.zhucan.subsidy.fakes.NoTransactions;
import io.zhucan.subsidy.fakes.PublishedEvents;
import io.zhucan.subsidy.fakes.RecordedNotices;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.policy.PolicyChange.AmountChange;
import io.zhucan.subsidy.policy.PolicyChange.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bulk re-evaluation in chunks (one transaction each) and the policy roll-out on top of it. */
class ReevaluationTest {

    final InMemoryPersonFacts facts = new InMemoryPersonFacts();
    final InMemoryPolicies policies = new InMemoryPolicies(POLICY);
    final InMemoryEntitlements entitlements = new InMemoryEntitlements();
    final InMemoryDecisions decisions = new InMemoryDecisions();
    final PublishedEvents events = new PublishedEvents();
    final NoTransactions transactions = new NoTransactions();
    final Evaluation evaluation = new Evaluation(entitlements, decisions, policies, new InMemoryExceptionCases(),
            new Transitions(entitlements, events, new RecordedNotices(), (e, r) -> { }, PeopleAndPolicy::certificateNumber,
                    CLOCK), new InMemoryStandards(), CLOCK);
    final Reevaluation reevaluation = new Reevaluation(facts, policies, evaluation,
            NoTransactions.template(transactions), CLOCK, 2);

    void holders(int count, String county) {
        for (int i = 0; i < count; i++) {
            facts.save(holder(county, DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1, LocalDate.of(2026, 2, 1))
                    .withLowIncome(LowIncomeStatus.DIBAO, LocalDate.of(2026, 1, 1)));
        }
    }

    @Test
    void everyoneInScopeIsEvaluatedOnceInChunks() {
        holders(5, "330102");
        holders(2, "330106");
        facts.save(PersonFacts.empty(io.zhucan.subsidy.fakes.PeopleAndPolicy.newIdNumber()));

        long count = reevaluation.reevaluate(new Scope(Set.of("330102"), Set.of()), Trigger.policy(1));

        assertThat(count).isEqualTo(5);
        assertThat(decisions.log).hasSize(10);
        assertThat(transactions.commits).isEqualTo(4); // chunks of 2, 2, 1 and the empty last read
        assertThat(entitlements.byId.values()).allMatch(e -> e.county().equals("330102"));
    }

    @Test
    void aPolicyVersionIsAppliedWhenDueToWhomItTouchesAndMarkedWithTheCount() {
        holders(3, "330102");
        holders(1, "330106");
        reevaluation.reevaluate(Scope.EVERYONE, Trigger.policy(1));
        PolicyChange raise = new PolicyChange(LocalDate.of(2026, 12, 1), "raise 330106",
                Map.of(), List.of(new AmountChange(Allowance.NURSING, "330106", DisabilityGrade.GRADE_1, 50000L)));
        Policy v2 = raise.applyTo(POLICY, 2);
        policies.add(v2, raise, "operator", "approver");
        policies.markApplied(1, 4);
        PolicyRollout rollout = new PolicyRollout(policies, reevaluation, CLOCK);

        rollout.applyDueVersions();

        assertThat(policies.applied).containsEntry(2L, 1L);
        assertThat(decisions.triggers).last().isEqualTo("policy.v2/v2");
        assertThat(entitlements.byId.values()).filteredOn(e -> e.allowance() == Allowance.NURSING)
                .extracting(e -> e.county() + ":" + entitlements.schedules.get(e.id()).lastEntry().getValue())
                .containsExactlyInAnyOrder("330102:40000", "330102:40000", "330102:40000", "330106:50000");

        rollout.applyDueVersions();
        assertThat(decisions.log).hasSize(9); // applied once: nothing due any more
    }

    @Test
    void aVersionNotYetInForceWaitsForItsMonth() {
        holders(1, "330102");
        PolicyChange later = new PolicyChange(LocalDate.of(2027, 3, 1), "later", Map.of(),
                List.of(new AmountChange(Allowance.LIVING, "330000", null, 31000L)));
        policies.add(later.applyTo(POLICY, 2), later, "operator", "approver");
        policies.markApplied(1, 0);

        new PolicyRollout(policies, reevaluation, CLOCK).applyDueVersions();

        assertThat(policies.applied).doesNotContainKey(2L);
        assertThat(decisions.log).isEmpty();
    }
}

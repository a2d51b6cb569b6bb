package io.zhucan.subsidy.entitlement.application;

import io.zhucan.platform.events.subsidy.EligibilityDecided;
import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.messaging.metrics.CommittedCounts;
import io.zhucan.subsidy.casework.CaseResolution;
import io.zhucan.subsidy.casework.ExceptionCases;
import io.zhucan.subsidy.casework.ExceptionKind;
import io.zhucan.subsidy.entitlement.Decision;
import io.zhucan.subsidy.entitlement.DecisionTable;
import io.zhucan.subsidy.entitlement.Decisions;
import io.zhucan.subsidy.entitlement.EligibilityRules;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.Entitlements;
import io.zhucan.subsidy.entitlement.GoverningPolicies;
import io.zhucan.subsidy.entitlement.NewDecision;
import io.zhucan.subsidy.entitlement.RecordedDecision;
import io.zhucan.subsidy.entitlement.Situation;
import io.zhucan.subsidy.entitlement.Transition;
import io.zhucan.subsidy.entitlement.Trigger;
import io.zhucan.subsidy.entitlement.application.Transitions.Cause;
import io.zhucan.subsidy.facts.FactChange;
import io.zhucan.subsidy.facts.FactsReaction;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.policy.Policies;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.standard.LivingStandards;
import io.zhucan.subsidy.standard.Standards;
import io.zhucan.subsidy.shared.Months;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The automatic handling (免申即享): evaluates persons against the policy in force for the next
 * month, records the decisions that changed and applies what the {@link DecisionTable} makes of
 * them, in the caller's transaction. Works on batches, so a re-evaluation of hundreds of thousands
 * of persons needs a few queries per chunk.
 */
@Service
public class Evaluation implements FactsReaction {

    /** Decisions that changed, by allowance and outcome (eligible, not eligible, undecidable), once committed. */
    public static final String DECISIONS = "zhucan.subsidy.decisions";

    private final Entitlements entitlements;
    private final Decisions decisions;
    private final Policies policies;
    private final ExceptionCases exceptions;
    private final Transitions transitions;
    private final Standards standards;
    private final Clock clock;

    public Evaluation(Entitlements entitlements, Decisions decisions, Policies policies, ExceptionCases exceptions,
            Transitions transitions, Standards standards, Clock clock) {
        this.entitlements = entitlements;
        this.decisions = decisions;
        this.policies = policies;
        this.exceptions = exceptions;
        this.transitions = transitions;
        this.standards = standards;
        this.clock = clock;
    }

    /** A certificate holder's facts changed: evaluate them, in the transaction that recorded the change. */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void factsChanged(PersonFacts person, FactChange change, LocalDate effectiveOn) {
        YearMonth next = Months.next(clock);
        YearMonth from = policies.earliestArrears(next); // a late fact: each month it reaches under its own version
        evaluate(List.of(person), policies.inForce(Months.first(next)), Trigger.fact(change, effectiveOn), next,
                new GoverningPolicies(from, next, policies.governing(from, next)));
    }

    /** Evaluates certificate holders (others are skipped) for both allowances. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void evaluate(List<PersonFacts> persons, Policy policy, Trigger trigger, YearMonth next) {
        evaluate(persons, policy, trigger, next, GoverningPolicies.NONE);
    }

    private void evaluate(List<PersonFacts> persons, Policy policy, Trigger trigger, YearMonth next,
            GoverningPolicies past) {
        List<PersonFacts> holders = persons.stream().filter(PersonFacts::hasCertificate).toList();
        if (holders.isEmpty()) {
            return;
        }
        List<UUID> ids = holders.stream().map(PersonFacts::personId).toList();
        Map<UUID, Map<Allowance, Entitlement>> current = entitlements.ofPersons(ids);
        Map<UUID, Map<Allowance, RecordedDecision>> recorded = decisions.currentOf(ids);
        LivingStandards living = standards.all();
        ChunkOfTransitions chunk = new ChunkOfTransitions();
        List<NewDecision> newDecisions = new ArrayList<>();
        List<CaseResolution> resolutions = new ArrayList<>();
        for (PersonFacts person : holders) {
            chunk.knowCertificate(person.personId(), person.certificate().number());
            Situation situation = new Situation(person.personId(), person.idNumber(), person.certificate().county(),
                    next, policy.effectiveMonth(), trigger);
            for (Allowance allowance : Allowance.values()) {
                Decision decision = EligibilityRules.decide(allowance, person, policy, living, Months.first(next));
                RecordedDecision previous = recorded.getOrDefault(person.personId(), Map.of()).get(allowance);
                UUID decisionId = decision.sameResultAs(previous) ? previous.decisionId()
                        : record(person, decision, policy, trigger, chunk, newDecisions, resolutions);
                Entitlement entitlement = current.getOrDefault(person.personId(), Map.of()).get(allowance);
                for (Transition transition : DecisionTable.react(entitlement, decision, situation,
                        past.decide(allowance, person, living))) {
                    transitions.apply(transition, new Cause(trigger.name(), policy.version(), decisionId), chunk);
                }
            }
        }
        // the decisions first: new entitlements refer to them
        decisions.recordAll(newDecisions);
        exceptions.resolveAll(resolutions);
        transitions.write(chunk);
    }

    /** A decision that changed: logged with its event (in the person's order) and the case it opens or closes. */
    private UUID record(PersonFacts person, Decision decision, Policy policy, Trigger trigger, ChunkOfTransitions chunk,
            List<NewDecision> newDecisions, List<CaseResolution> resolutions) {
        UUID decisionId = UUID.randomUUID();
        String county = person.certificate().county();
        newDecisions.add(new NewDecision(decisionId, person, decision, policy.version(), trigger));
        CommittedCounts.increment(DECISIONS, "allowance", decision.allowance().name(), "outcome", decision.outcome().name());
        chunk.publish(new EligibilityDecided(UUID.randomUUID(), Instant.now(clock), person.personId(), decisionId,
                decision.allowance(), decision.outcome(), decision.failedRuleIds(), decision.missingFactIds(), county,
                policy.version()));
        if (decision.outcome() == EligibilityOutcome.UNDECIDABLE) {
            exceptions.open(person.personId(), decision.allowance(), ExceptionKind.UNDECIDABLE, county,
                    "missing facts: " + String.join(",", decision.missingFactIds()));
        } else {
            resolutions.add(new CaseResolution(person.personId(), decision.allowance(), ExceptionKind.UNDECIDABLE, "system",
                    "decided automatically: " + decision.outcome()));
        }
        return decisionId;
    }
}

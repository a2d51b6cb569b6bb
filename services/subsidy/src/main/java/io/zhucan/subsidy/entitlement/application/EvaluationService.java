package io.zhucan.subsidy.entitlement.application;

import io.zhucan.platform.events.subsidy.EligibilityDecided;
import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.subsidy.EntitlementAmountChanged;
import io.zhucan.platform.events.subsidy.EntitlementGranted;
import io.zhucan.platform.events.subsidy.EntitlementResumed;
import io.zhucan.platform.events.subsidy.EntitlementSuspended;
import io.zhucan.platform.events.subsidy.EntitlementTerminated;
import io.zhucan.platform.events.subsidy.OverpaymentRaised;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.platform.messaging.outbox.OutboxBacklog;
import io.zhucan.subsidy.common.Months;
import io.zhucan.subsidy.entitlement.Decision;
import io.zhucan.subsidy.entitlement.EligibilityRules;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import io.zhucan.subsidy.entitlement.Explanations;
import io.zhucan.subsidy.entitlement.application.EntitlementStore.CurrentDecision;
import io.zhucan.subsidy.entitlement.application.EntitlementStore.InstructedMonth;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.application.FactsStore;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.PolicyChange.Scope;
import io.zhucan.subsidy.policy.application.PolicyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The automatic handling (免申即享): evaluates persons against the policy in force for the next
 * month, records decisions that changed, and moves their entitlements (grant, amount change,
 * suspend, resume, terminate) with an event for each, in the caller's transaction. Works on batches
 * so a policy change re-evaluates hundreds of thousands of persons with a few queries per chunk.
 */
@Service
public class EvaluationService {

    private final FactsStore facts;
    private final EntitlementStore store;
    private final PolicyStore policies;
    private final EventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final OutboxBacklog backlog;
    private final int chunkSize;
    private final long maxOutboxBacklog;

    public EvaluationService(FactsStore facts, EntitlementStore store, PolicyStore policies, EventPublisher events,
            Clock clock, TransactionTemplate transaction, OutboxBacklog backlog,
            @Value("${zhucan.subsidy.reevaluation.chunk-size:500}") int chunkSize,
            @Value("${zhucan.subsidy.max-outbox-backlog:20000}") long maxOutboxBacklog) {
        this.facts = facts;
        this.store = store;
        this.policies = policies;
        this.events = events;
        this.clock = clock;
        this.transaction = transaction;
        this.backlog = backlog;
        this.chunkSize = chunkSize;
        this.maxOutboxBacklog = maxOutboxBacklog;
    }

    /** The month decisions made now govern: the next one (次月). */
    public YearMonth nextMonth() {
        return YearMonth.now(clock).plusMonths(1);
    }

    /** Evaluates one person inside the caller's transaction (a consumer's, with its inbox record). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void evaluate(PersonFacts person, Trigger trigger) {
        YearMonth next = nextMonth();
        evaluateBatch(List.of(person), policies.inForce(Months.first(next)), trigger, next);
    }

    /**
     * Re-evaluates every certificate holder in {@code scope}, one transaction per chunk of persons
     * (locked, so a concurrent event for the same person waits). Returns the number evaluated.
     */
    public long reevaluate(Scope scope, Trigger trigger) {
        long evaluated = 0;
        String after = "";
        while (true) {
            String from = after;
            backlog.awaitBelow(maxOutboxBacklog); // paced to the relay, like the payment run
            List<PersonFacts> done = transaction.execute(status -> {
                List<PersonFacts> chunk = facts.lockChunk(from, chunkSize, scope);
                if (!chunk.isEmpty()) {
                    YearMonth next = nextMonth();
                    evaluateBatch(chunk, policies.inForce(Months.first(next)), trigger, next);
                }
                return chunk;
            });
            if (done == null || done.isEmpty()) {
                return evaluated;
            }
            evaluated += done.size();
            after = done.getLast().idNumber();
        }
    }

    private void evaluateBatch(List<PersonFacts> persons, Policy policy, Trigger trigger, YearMonth next) {
        List<PersonFacts> holders = persons.stream().filter(PersonFacts::hasCertificate).toList();
        List<UUID> ids = holders.stream().map(PersonFacts::personId).toList();
        if (ids.isEmpty()) {
            return;
        }
        Map<UUID, Map<Allowance, Entitlement>> entitlements = store.entitlementsOf(ids);
        Map<UUID, Map<Allowance, CurrentDecision>> current = store.currentDecisions(ids);
        for (PersonFacts person : holders) {
            for (Allowance allowance : Allowance.values()) {
                Decision decision = EligibilityRules.decide(allowance, person, policy, Months.first(next));
                CurrentDecision previous = current.getOrDefault(person.personId(), Map.of()).get(allowance);
                UUID decisionId = previous == null ? null : previous.decisionId();
                if (previous == null || !decision.sameResultAs(previous.outcome(), previous.failedRules(),
                        previous.missingFacts(), previous.amountFen())) {
                    decisionId = record(person, decision, policy, trigger);
                }
                Entitlement entitlement = entitlements.getOrDefault(person.personId(), Map.of()).get(allowance);
                apply(person, decision, decisionId, entitlement, policy, trigger, next);
            }
        }
    }

    private UUID record(PersonFacts person, Decision decision, Policy policy, Trigger trigger) {
        UUID decisionId = UUID.randomUUID();
        String county = person.certificate().county();
        store.recordDecision(decisionId, person.personId(), decision, county, policy.version(), trigger.name(), person);
        events.publish(new EligibilityDecided(UUID.randomUUID(), Instant.now(clock), person.personId(), decisionId,
                decision.allowance(), decision.outcome(), decision.failedRules(), decision.missingFacts(), county,
                policy.version()));
        if (decision.outcome() == EligibilityOutcome.UNDECIDABLE) {
            store.openException(person.personId(), decision.allowance(), "UNDECIDABLE", county,
                    "missing facts: " + String.join(",", decision.missingFacts()));
        } else {
            store.resolveExceptions(person.personId(), decision.allowance(), "system", "decided automatically: "
                    + decision.outcome());
        }
        return decisionId;
    }

    private void apply(PersonFacts person, Decision decision, @Nullable UUID decisionId,
            @Nullable Entitlement entitlement, Policy policy, Trigger trigger, YearMonth next) {
        String county = person.certificate().county();
        if (decision.ending() != null) {
            if (entitlement != null && entitlement.status().isOpen()) {
                String reason = switch (decision.ending().reason()) {
                    case DEATH -> "死亡 (death)";
                    case CERTIFICATE_CANCELLED -> "残疾人证注销 (certificate cancelled)";
                    case MOVED_OUT_OF_PROVINCE -> "迁出本省 (moved out of the province)";
                };
                terminate(entitlement, YearMonth.from(decision.ending().date()), reason);
            }
            return;
        }
        switch (decision.outcome()) {
            case ELIGIBLE -> {
                long amount = decision.monthlyAmountFen();
                YearMonth start = Months.max(Months.max(Months.after(decision.eligibleSince()), policy.effectiveMonth()),
                        next);
                if (entitlement == null) {
                    grant(Entitlement.grant(person.personId(), person.idNumber(), decision.allowance(), county, start,
                            amount), decisionId, policy, true);
                } else if (entitlement.status() == EntitlementStatus.TERMINATED) {
                    grant(entitlement.regrant(start, amount, county), decisionId, policy, false);
                } else if (entitlement.status() == EntitlementStatus.SUSPENDED && !entitlement.manualOverride()) {
                    Entitlement resumed = entitlement.resume(start, "eligible again: " + trigger.name());
                    resumed = changeAmountIfNeeded(resumed, amount, county, start, policy, trigger);
                    store.update(resumed);
                    events.publish(new EntitlementResumed(UUID.randomUUID(), Instant.now(clock), resumed.personId(),
                            resumed.id(), resumed.allowance(), county, "eligible again", start));
                    notify(resumed, "RESUMED", "您的" + Explanations.allowanceName(resumed.allowance()) + "自" + start
                            + "起恢复发放 (resumed from " + start + ")");
                } else if (entitlement.status() == EntitlementStatus.GRANTED
                        || entitlement.status() == EntitlementStatus.ACTIVE) {
                    YearMonth from = Months.max(changeMonth(trigger, policy, next), next);
                    Entitlement changed = changeAmountIfNeeded(entitlement, amount, county, from, policy, trigger);
                    if (changed != entitlement) {
                        store.update(changed);
                    }
                }
            }
            case NOT_ELIGIBLE -> {
                if (entitlement != null && !entitlement.manualOverride()
                        && (entitlement.status() == EntitlementStatus.GRANTED
                        || entitlement.status() == EntitlementStatus.ACTIVE)) {
                    YearMonth from = changeMonth(trigger, policy, next);
                    String reason = String.join(",", decision.failedRules());
                    Entitlement suspended = entitlement.suspend(from, reason);
                    store.update(suspended);
                    events.publish(new EntitlementSuspended(UUID.randomUUID(), Instant.now(clock),
                            suspended.personId(), suspended.id(), suspended.allowance(), county, reason, from));
                    notify(suspended, "SUSPENDED", "您的" + Explanations.allowanceName(suspended.allowance()) + "自" + from
                            + "起暂停发放：" + String.join("；", decision.failedRules().stream().map(Explanations::rule)
                            .toList()));
                    raiseOverpayment(suspended, "暂停后已发放 (instructed after suspension): " + reason);
                }
            }
            case UNDECIDABLE -> {
                // the caseworker decides (exception queue); the entitlement stays as it is meanwhile
            }
        }
    }

    /** Grants (or grants again) and tells the citizen, who may decline. */
    void grant(Entitlement entitlement, @Nullable UUID decisionId, Policy policy, boolean isNew) {
        if (isNew) {
            store.insert(entitlement, decisionId);
        } else {
            store.update(entitlement);
        }
        store.scheduleAmount(entitlement.id(), entitlement.startMonth(), entitlement.latestAmountFen(),
                policy.version(), "granted");
        events.publish(new EntitlementGranted(UUID.randomUUID(), Instant.now(clock), entitlement.personId(),
                entitlement.id(), entitlement.allowance(), entitlement.county(), entitlement.latestAmountFen(),
                entitlement.startMonth(), decisionId == null ? entitlement.id() : decisionId));
        notify(entitlement, "GRANTED", "您已自动获得" + Explanations.allowanceName(entitlement.allowance()) + "，无需申请，每月"
                + Explanations.yuan(entitlement.latestAmountFen()) + "元，自" + entitlement.startMonth()
                + "起发放。如不需要，可以放弃。(granted automatically, no application needed; you may decline it)");
    }

    void terminate(Entitlement entitlement, YearMonth lastPayableMonth, String reason) {
        Entitlement terminated = entitlement.terminate(lastPayableMonth, reason);
        store.update(terminated);
        events.publish(new EntitlementTerminated(UUID.randomUUID(), Instant.now(clock), terminated.personId(),
                terminated.id(), terminated.allowance(), terminated.county(), reason, lastPayableMonth));
        notify(terminated, "TERMINATED", Explanations.allowanceName(terminated.allowance()) + "已终止，最后发放月份 "
                + lastPayableMonth + "：" + reason);
        raiseOverpayment(terminated, reason);
    }

    private Entitlement changeAmountIfNeeded(Entitlement entitlement, long amount, String county, YearMonth from,
            Policy policy, Trigger trigger) {
        if (entitlement.latestAmountFen() == amount) {
            return county.equals(entitlement.county()) ? entitlement : entitlement.withAmount(amount, county);
        }
        Entitlement changed = entitlement.withAmount(amount, county);
        store.scheduleAmount(entitlement.id(), from, amount, policy.version(), trigger.name());
        events.publish(new EntitlementAmountChanged(UUID.randomUUID(), Instant.now(clock), entitlement.personId(),
                entitlement.id(), entitlement.allowance(), county, entitlement.latestAmountFen(), amount, from));
        notify(changed, "AMOUNT_CHANGED", Explanations.allowanceName(entitlement.allowance()) + "自" + from + "起调整为每月"
                + Explanations.yuan(amount) + "元 (amount changes from " + from + ")");
        return changed;
    }

    /** Months instructed that the entitlement no longer covers become an overpayment to recover. */
    void raiseOverpayment(Entitlement entitlement, String reason) {
        YearMonth from = entitlement.firstUnpayableMonth();
        if (from == null) {
            return;
        }
        List<InstructedMonth> months = store.unclaimedInstructedMonths(entitlement.id(), from);
        if (months.isEmpty()) {
            return;
        }
        UUID overpaymentId = UUID.randomUUID();
        List<InstructedMonth> claimed = store.recordOverpayment(overpaymentId, entitlement, months, reason);
        if (claimed.isEmpty()) {
            return;
        }
        long amount = claimed.stream().mapToLong(InstructedMonth::amountFen).sum();
        events.publish(new OverpaymentRaised(UUID.randomUUID(), Instant.now(clock), entitlement.personId(),
                overpaymentId, entitlement.id(), entitlement.allowance(), entitlement.county(),
                claimed.stream().map(InstructedMonth::month).toList(), amount, reason));
        notify(entitlement, "OVERPAYMENT", "已多发" + Explanations.allowanceName(entitlement.allowance()) + " "
                + claimed.size() + "个月，共" + Explanations.yuan(amount) + "元，需退回 (overpaid: to be recovered)");
    }

    private void notify(Entitlement entitlement, String kind, String message) {
        store.notify(entitlement.personId(), entitlement.id(), kind, message);
    }

    /** The month a fact-driven change applies from: the month after the fact (may lie in the past). */
    private static YearMonth changeMonth(Trigger trigger, Policy policy, YearMonth next) {
        LocalDate date = trigger.date();
        return date == null ? Months.max(next, policy.effectiveMonth()) : Months.after(date);
    }
}

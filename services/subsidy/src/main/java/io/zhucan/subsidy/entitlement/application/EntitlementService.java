package io.zhucan.subsidy.entitlement.application;

import io.zhucan.platform.events.subsidy.EntitlementDeclined;
import io.zhucan.platform.events.subsidy.EntitlementResumed;
import io.zhucan.platform.events.subsidy.EntitlementSuspended;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.common.IllegalTransitionException;
import io.zhucan.subsidy.common.InvalidRequestException;
import io.zhucan.subsidy.common.Months;
import io.zhucan.subsidy.common.NotFoundException;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import io.zhucan.subsidy.entitlement.Explanations;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.application.FactsStore;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.application.PolicyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Commands on entitlements by people: the citizen declines, a reviewer overrides (audited). */
@Service
public class EntitlementService {

    private final EntitlementStore store;
    private final FactsStore facts;
    private final PolicyStore policies;
    private final EvaluationService evaluation;
    private final EventPublisher events;
    private final Clock clock;

    public EntitlementService(EntitlementStore store, FactsStore facts, PolicyStore policies,
            EvaluationService evaluation, EventPublisher events, Clock clock) {
        this.store = store;
        this.facts = facts;
        this.policies = policies;
        this.evaluation = evaluation;
        this.events = events;
        this.clock = clock;
    }

    /** The entitlement's owner and county, for the object-level access check before a command. */
    @Transactional
    public Entitlement find(UUID entitlementId) {
        return store.lock(entitlementId).orElseThrow(() -> new NotFoundException("no entitlement " + entitlementId));
    }

    /** The citizen declines an allowance granted to them; nothing is paid after the current month. */
    @Transactional
    public Entitlement decline(UUID entitlementId) {
        Entitlement entitlement = store.lock(entitlementId)
                .orElseThrow(() -> new NotFoundException("no entitlement " + entitlementId));
        Entitlement declined = entitlement.decline(YearMonth.now(clock));
        store.update(declined);
        events.publish(new EntitlementDeclined(UUID.randomUUID(), Instant.now(clock), declined.personId(),
                declined.id(), declined.allowance(), declined.county()));
        store.notify(declined.personId(), declined.id(), "DECLINED", "您已放弃" + Explanations.allowanceName(
                declined.allowance()) + "，" + declined.endMonth() + "之后不再发放 (declined: nothing is paid after "
                + declined.endMonth() + ")");
        evaluation.raiseOverpayment(declined, "放弃后已发放 (instructed after the citizen declined)");
        return declined;
    }

    /**
     * A reviewer's manual override, with a reason, audited: grant (e.g. an undecidable case), suspend,
     * resume or terminate. A granted or suspended override is kept by later automatic evaluations
     * (except death and cancellation) until a reviewer resumes it.
     */
    @Transactional
    public Entitlement override(CurrentUser reviewer, UUID personId, Allowance allowance, OverrideAction action,
            String reason, @Nullable Long amountFen) {
        PersonFacts person = facts.lockByPerson(personId)
                .filter(PersonFacts::hasCertificate)
                .orElseThrow(() -> new NotFoundException("no certificate holder " + personId));
        YearMonth next = evaluation.nextMonth();
        Entitlement current = store.lock(personId, allowance).orElse(null);
        Entitlement result = switch (action) {
            case GRANT -> {
                long amount = amountFen != null ? amountFen : defaultAmount(person, allowance, next);
                if (current == null) {
                    Entitlement granted = Entitlement.grant(personId, person.idNumber(), allowance,
                            person.certificate().county(), next, amount).overridden(true);
                    evaluation.grant(granted, null, policies.inForce(Months.first(next)), true);
                    yield granted;
                }
                if (current.status() == EntitlementStatus.TERMINATED) {
                    Entitlement granted = current.regrant(next, amount, person.certificate().county()).overridden(true);
                    evaluation.grant(granted, null, policies.inForce(Months.first(next)), false);
                    yield granted;
                }
                throw new IllegalTransitionException("the allowance is already granted");
            }
            case SUSPEND -> {
                Entitlement suspended = require(current).suspend(next, "manual: " + reason).overridden(true);
                store.update(suspended);
                events.publish(new EntitlementSuspended(UUID.randomUUID(), Instant.now(clock), personId, suspended.id(),
                        allowance, suspended.county(), "manual override: " + reason, next));
                yield suspended;
            }
            case RESUME -> {
                Entitlement resumed = require(current).resume(next, "manual: " + reason);
                store.update(resumed);
                events.publish(new EntitlementResumed(UUID.randomUUID(), Instant.now(clock), personId, resumed.id(),
                        allowance, resumed.county(), "manual override: " + reason, next));
                yield resumed;
            }
            case TERMINATE -> {
                evaluation.terminate(require(current), YearMonth.now(clock), "manual: " + reason);
                yield store.lock(personId, allowance).orElseThrow();
            }
        };
        store.auditOverride(personId, allowance, action.name(), reason, reviewer.username(), reviewer.region(),
                amountFen);
        store.resolveExceptions(personId, allowance, reviewer.username(), action + ": " + reason);
        return result;
    }

    private long defaultAmount(PersonFacts person, Allowance allowance, YearMonth next) {
        Policy policy = policies.inForce(Months.first(next));
        return policy.monthlyAmount(allowance, person.certificate().county(), person.certificate().grade())
                .orElseThrow(() -> new InvalidRequestException(
                        "the policy has no amount for this county and grade: give monthlyAmountFen"));
    }

    private static Entitlement require(@Nullable Entitlement entitlement) {
        if (entitlement == null) {
            throw new NotFoundException("the person has no entitlement to this allowance");
        }
        return entitlement;
    }

    /** What a reviewer may do by hand. */
    public enum OverrideAction {
        GRANT,
        SUSPEND,
        RESUME,
        TERMINATE
    }
}

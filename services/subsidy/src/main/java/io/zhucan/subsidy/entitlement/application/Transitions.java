package io.zhucan.subsidy.entitlement.application;

import io.zhucan.platform.events.subsidy.AllowanceChanged;
import io.zhucan.platform.events.subsidy.AllowanceStatus;
import io.zhucan.platform.events.subsidy.EntitlementAmountChanged;
import io.zhucan.platform.events.subsidy.EntitlementDeclined;
import io.zhucan.platform.events.subsidy.EntitlementGranted;
import io.zhucan.platform.events.subsidy.EntitlementResumed;
import io.zhucan.platform.events.subsidy.EntitlementSuspended;
import io.zhucan.platform.events.subsidy.EntitlementTerminated;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.subsidy.entitlement.CertificateNumbers;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.EntitlementAmount;
import io.zhucan.subsidy.entitlement.Entitlements;
import io.zhucan.subsidy.entitlement.Explanations;
import io.zhucan.subsidy.entitlement.OverpaymentClaims;
import io.zhucan.subsidy.entitlement.ScheduledAmount;
import io.zhucan.subsidy.entitlement.Transition;
import io.zhucan.subsidy.facts.FactChange;
import io.zhucan.subsidy.notification.Notice;
import io.zhucan.subsidy.notification.NoticeKind;
import io.zhucan.subsidy.notification.Notices;
import io.zhucan.subsidy.shared.Months;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a {@link Transition} in the caller's transaction, the same way whoever decided it (the
 * rules or a reviewer): persists the entitlement, publishes its event (outbox), tells the citizen,
 * tells civil affairs what it pays from when (without why), and claims back what was instructed for months
 * it no longer covers.
 */
@Component
public class Transitions {

    private final Entitlements entitlements;
    private final EventPublisher events;
    private final Notices notices;
    private final OverpaymentClaims overpayments;
    private final CertificateNumbers certificateNumbers;
    private final Clock clock;

    public Transitions(Entitlements entitlements, EventPublisher events, Notices notices,
            OverpaymentClaims overpayments, CertificateNumbers certificateNumbers, Clock clock) {
        this.certificateNumbers = certificateNumbers;
        this.entitlements = entitlements;
        this.events = events;
        this.notices = notices;
        this.overpayments = overpayments;
        this.clock = clock;
    }

    /** Why a transition happens: the trigger, the policy version behind it and the decision (null: by hand). */
    public record Cause(String trigger, @Nullable Long policyVersion, @Nullable UUID decisionId) {

        /**
         * Whether the citizen is told. Not when their legacy certificate is imported: they already
         * receive what it grants them, and 1.2 M messages on the day of the migration would be a flood.
         */
        boolean tellsCitizen() {
            return !FactChange.CERTIFICATE_MIGRATED.id().equals(trigger);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(Transition transition, Cause cause) {
        ChunkOfTransitions chunk = new ChunkOfTransitions();
        apply(transition, cause, chunk);
        write(chunk);
    }

    /** Collects what the transition writes into the chunk, which {@link #write} writes (a re-evaluation's chunk). */
    void apply(Transition transition, Cause cause, ChunkOfTransitions chunk) {
        switch (transition) {
            case Transition.None none -> { }
            case Transition.Grant g -> grant(g, cause, chunk);
            case Transition.ChangeAmount c -> {
                amountChanged(c.changed(), c.from(), c.previousAmountFen(), cause, chunk);
                chunk.update(c.changed());
            }
            case Transition.Relocate r -> chunk.update(r.moved());
            case Transition.Resume r -> {
                schedule(r.resumed(), r.schedule(), cause, "resumed", chunk);
                if (r.previousAmountFen() != null) {
                    amountChanged(r.resumed(), r.latestFrom(), r.previousAmountFen(), cause, chunk);
                }
                Entitlement e = r.resumed();
                chunk.update(e);
                oweMonthsBefore(e, r.from(), chunk);
                chunk.publish(new EntitlementResumed(id(), now(), e.personId(), e.id(), e.allowance(), e.county(), r.reason(),
                        r.from()));
                tellCivilAffairs(e, AllowanceStatus.RESUMED, r.from(), e.latestAmountFen(), chunk);
                notify(cause, chunk, e, NoticeKind.RESUMED, Explanations.resumed(e, r.from()));
            }
            case Transition.Suspend s -> {
                Entitlement e = s.suspended();
                chunk.update(e);
                chunk.publish(new EntitlementSuspended(id(), now(), e.personId(), e.id(), e.allowance(), e.county(),
                        s.reason(), s.from()));
                tellCivilAffairs(e, AllowanceStatus.SUSPENDED, s.from(), null, chunk);
                notify(cause, chunk, e, NoticeKind.SUSPENDED, Explanations.suspended(e, s.from(), s.why()));
                chunk.claimAfter(e, Explanations.overpaymentReason(s));
            }
            case Transition.Terminate t -> {
                Entitlement e = t.terminated();
                chunk.update(e);
                chunk.publish(new EntitlementTerminated(id(), now(), e.personId(), e.id(), e.allowance(), e.county(),
                        t.reason(), t.lastPayableMonth()));
                tellCivilAffairs(e, AllowanceStatus.ENDED, t.lastPayableMonth().plusMonths(1), null, chunk);
                notify(cause, chunk, e, NoticeKind.TERMINATED, Explanations.terminated(e, t.lastPayableMonth(), t.reason()));
                chunk.claimAfter(e, Explanations.overpaymentReason(t));
            }
            case Transition.Decline d -> {
                Entitlement e = d.declined();
                chunk.update(e);
                chunk.publish(new EntitlementDeclined(id(), now(), e.personId(), e.id(), e.allowance(), e.county()));
                tellCivilAffairs(e, AllowanceStatus.DECLINED, Objects.requireNonNull(e.endMonth()).plusMonths(1), null, chunk);
                notify(cause, chunk, e, NoticeKind.DECLINED, Explanations.declined(e));
                chunk.claimAfter(e, Explanations.overpaymentReason(d));
            }
        }
    }

    private void grant(Transition.Grant g, Cause cause, ChunkOfTransitions chunk) {
        Entitlement e = g.granted();
        if (g.isNew()) {
            chunk.add(e, cause.decisionId());
        } else {
            chunk.update(e);
        }
        schedule(e, g.schedule(), cause, "granted", chunk);
        oweMonthsBefore(e, e.startMonth(), chunk);
        List<ScheduledAmount> steps = g.schedule();
        chunk.publish(new EntitlementGranted(id(), now(), e.personId(), e.id(), e.allowance(), e.county(),
                steps.getFirst().amountFen(), e.startMonth(), cause.decisionId() == null ? e.id() : cause.decisionId()));
        tellCivilAffairs(e, AllowanceStatus.GRANTED, e.startMonth(), steps.getFirst().amountFen(), chunk);
        for (int i = 1; i < steps.size(); i++) { // a late fact across a policy change: each later version's amount
            announce(e, steps.get(i).from(), steps.get(i - 1).amountFen(), steps.get(i).amountFen(), chunk);
        }
        notify(cause, chunk, e, NoticeKind.GRANTED, Explanations.granted(e, g.schedule()));
    }

    /** The amounts in order (each replaces what was scheduled from its month on), by the version that decided each. */
    private static void schedule(Entitlement e, List<ScheduledAmount> steps, Cause cause, String reason,
            ChunkOfTransitions chunk) {
        for (ScheduledAmount step : steps) {
            chunk.scheduleAmount(new EntitlementAmount(e.id(), step.from(), step.amountFen(),
                    step.policyVersion() == null ? cause.policyVersion() : step.policyVersion(), reason));
        }
    }

    /**
     * Paid from {@code from}, a month the runs may have passed already (a late fact): the months up to
     * the current one are owed, and the next run pays them (补发, bounded by the policy's look-back).
     */
    private void oweMonthsBefore(Entitlement e, YearMonth from, ChunkOfTransitions chunk) {
        YearMonth current = Months.next(clock).minusMonths(1);
        if (!from.isAfter(current)) {
            chunk.oweArrears(e.id(), from, current);
        }
    }

    private void amountChanged(Entitlement changed, YearMonth from, long previousAmountFen, Cause cause,
            ChunkOfTransitions chunk) {
        chunk.scheduleAmount(new EntitlementAmount(changed.id(), from, changed.latestAmountFen(), cause.policyVersion(),
                cause.trigger()));
        announce(changed, from, previousAmountFen, changed.latestAmountFen(), chunk);
        notify(cause, chunk, changed, NoticeKind.AMOUNT_CHANGED, Explanations.amountChanged(changed, from));
    }

    /** The amount from {@code from} on, to subscribers and to civil affairs. */
    private void announce(Entitlement e, YearMonth from, long previousAmountFen, long amountFen,
            ChunkOfTransitions chunk) {
        chunk.publish(new EntitlementAmountChanged(id(), now(), e.personId(), e.id(), e.allowance(), e.county(),
                previousAmountFen, amountFen, from));
        tellCivilAffairs(e, AllowanceStatus.AMOUNT_CHANGED, from, amountFen, chunk);
    }

    /** Civil affairs, which pays, learns what changed by certificate number, never why (the why may be an LTC fact). */
    private void tellCivilAffairs(Entitlement e, AllowanceStatus status, YearMonth from, @Nullable Long amountFen,
            ChunkOfTransitions chunk) {
        chunk.publish(new AllowanceChanged(id(), now(), e.personId(), chunk.certificateOf(e.personId(), certificateNumbers),
                e.id(), e.allowance(), e.county(), status, from, amountFen));
    }

    private static void notify(Cause cause, ChunkOfTransitions chunk, Entitlement e, NoticeKind kind, String message) {
        if (cause.tellsCitizen()) {
            chunk.send(new Notice(e.personId(), e.id(), kind, message));
        }
    }

    /** Writes what the chunk's transitions collected, per kind, in the caller's transaction. */
    void write(ChunkOfTransitions chunk) {
        chunk.write(entitlements, overpayments, notices, events);
    }

    private static UUID id() {
        return UUID.randomUUID();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}

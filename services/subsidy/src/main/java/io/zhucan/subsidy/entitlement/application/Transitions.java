package io.zhucan.subsidy.entitlement.application;

import io.zhucan.platform.events.IntegrationEvent;
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
import io.zhucan.subsidy.entitlement.Entitlements;
import io.zhucan.subsidy.entitlement.Explanations;
import io.zhucan.subsidy.entitlement.OverpaymentClaims;
import io.zhucan.subsidy.entitlement.ScheduledAmount;
import io.zhucan.subsidy.entitlement.Transition;
import io.zhucan.subsidy.facts.FactChange;
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
        switch (transition) {
            case Transition.None none -> { }
            case Transition.Grant g -> grant(g, cause);
            case Transition.ChangeAmount c -> {
                amountChanged(c.changed(), c.from(), c.previousAmountFen(), cause);
                entitlements.update(c.changed());
            }
            case Transition.Relocate r -> entitlements.update(r.moved());
            case Transition.Resume r -> {
                schedule(r.resumed(), r.schedule(), cause, "resumed");
                if (r.previousAmountFen() != null) {
                    amountChanged(r.resumed(), r.latestFrom(), r.previousAmountFen(), cause);
                }
                Entitlement e = r.resumed();
                entitlements.update(e);
                oweMonthsBefore(e, r.from());
                publish(new EntitlementResumed(id(), now(), e.personId(), e.id(), e.allowance(), e.county(), r.reason(),
                        r.from()));
                tellCivilAffairs(e, AllowanceStatus.RESUMED, r.from(), e.latestAmountFen());
                notify(cause, e, NoticeKind.RESUMED, Explanations.resumed(e, r.from()));
            }
            case Transition.Suspend s -> {
                Entitlement e = s.suspended();
                entitlements.update(e);
                publish(new EntitlementSuspended(id(), now(), e.personId(), e.id(), e.allowance(), e.county(),
                        s.reason(), s.from()));
                tellCivilAffairs(e, AllowanceStatus.SUSPENDED, s.from(), null);
                notify(cause, e, NoticeKind.SUSPENDED, Explanations.suspended(e, s.from(), s.why()));
                overpayments.claimAfter(e, Explanations.overpaymentReason(s));
            }
            case Transition.Terminate t -> {
                Entitlement e = t.terminated();
                entitlements.update(e);
                publish(new EntitlementTerminated(id(), now(), e.personId(), e.id(), e.allowance(), e.county(),
                        t.reason(), t.lastPayableMonth()));
                tellCivilAffairs(e, AllowanceStatus.ENDED, t.lastPayableMonth().plusMonths(1), null);
                notify(cause, e, NoticeKind.TERMINATED, Explanations.terminated(e, t.lastPayableMonth(), t.reason()));
                overpayments.claimAfter(e, Explanations.overpaymentReason(t));
            }
            case Transition.Decline d -> {
                Entitlement e = d.declined();
                entitlements.update(e);
                publish(new EntitlementDeclined(id(), now(), e.personId(), e.id(), e.allowance(), e.county()));
                tellCivilAffairs(e, AllowanceStatus.DECLINED, Objects.requireNonNull(e.endMonth()).plusMonths(1), null);
                notify(cause, e, NoticeKind.DECLINED, Explanations.declined(e));
                overpayments.claimAfter(e, Explanations.overpaymentReason(d));
            }
        }
    }

    private void grant(Transition.Grant g, Cause cause) {
        Entitlement e = g.granted();
        if (g.isNew()) {
            entitlements.add(e, cause.decisionId());
        } else {
            entitlements.update(e);
        }
        schedule(e, g.schedule(), cause, "granted");
        oweMonthsBefore(e, e.startMonth());
        List<ScheduledAmount> steps = g.schedule();
        publish(new EntitlementGranted(id(), now(), e.personId(), e.id(), e.allowance(), e.county(),
                steps.getFirst().amountFen(), e.startMonth(), cause.decisionId() == null ? e.id() : cause.decisionId()));
        tellCivilAffairs(e, AllowanceStatus.GRANTED, e.startMonth(), steps.getFirst().amountFen());
        for (int i = 1; i < steps.size(); i++) { // a late fact across a policy change: each later version's amount
            announce(e, steps.get(i).from(), steps.get(i - 1).amountFen(), steps.get(i).amountFen());
        }
        notify(cause, e, NoticeKind.GRANTED, Explanations.granted(e, g.schedule()));
    }

    /** The amounts in order (each replaces what was scheduled from its month on), by the version that decided each. */
    private void schedule(Entitlement e, List<ScheduledAmount> steps, Cause cause, String reason) {
        for (ScheduledAmount step : steps) {
            entitlements.scheduleAmount(e.id(), step.from(), step.amountFen(),
                    step.policyVersion() == null ? cause.policyVersion() : step.policyVersion(), reason);
        }
    }

    /**
     * Paid from {@code from}, a month the runs may have passed already (a late fact): the months up to
     * the current one are owed, and the next run pays them (补发, bounded by the policy's look-back).
     */
    private void oweMonthsBefore(Entitlement e, YearMonth from) {
        YearMonth current = Months.next(clock).minusMonths(1);
        if (!from.isAfter(current)) {
            entitlements.oweArrears(e.id(), from, current);
        }
    }

    private void amountChanged(Entitlement changed, YearMonth from, long previousAmountFen, Cause cause) {
        entitlements.scheduleAmount(changed.id(), from, changed.latestAmountFen(), cause.policyVersion(),
                cause.trigger());
        announce(changed, from, previousAmountFen, changed.latestAmountFen());
        notify(cause, changed, NoticeKind.AMOUNT_CHANGED, Explanations.amountChanged(changed, from));
    }

    /** The amount from {@code from} on, to subscribers and to civil affairs. */
    private void announce(Entitlement e, YearMonth from, long previousAmountFen, long amountFen) {
        publish(new EntitlementAmountChanged(id(), now(), e.personId(), e.id(), e.allowance(), e.county(),
                previousAmountFen, amountFen, from));
        tellCivilAffairs(e, AllowanceStatus.AMOUNT_CHANGED, from, amountFen);
    }

    /** Civil affairs, which pays, learns what changed by certificate number, never why (the why may be an LTC fact). */
    private void tellCivilAffairs(Entitlement e, AllowanceStatus status, YearMonth from, @Nullable Long amountFen) {
        publish(new AllowanceChanged(id(), now(), e.personId(), certificateNumbers.of(e.personId()), e.id(), e.allowance(), e.county(),
                status, from, amountFen));
    }

    private void notify(Cause cause, Entitlement e, NoticeKind kind, String message) {
        if (cause.tellsCitizen()) {
            notices.send(e.personId(), e.id(), kind, message);
        }
    }

    private void publish(IntegrationEvent event) {
        events.publish(event);
    }

    private static UUID id() {
        return UUID.randomUUID();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}

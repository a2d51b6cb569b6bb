package io.zhucan.subsidy.payment.application;

import io.zhucan.platform.events.subsidy.OverpaymentRaised;
import io.zhucan.platform.events.subsidy.PaymentCancelled;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.Explanations;
import io.zhucan.subsidy.entitlement.OverpaymentClaims;
import io.zhucan.subsidy.notification.NoticeKind;
import io.zhucan.subsidy.notification.Notices;
import io.zhucan.subsidy.payment.Instruction;
import io.zhucan.subsidy.payment.Overpayments.InstructedMonth;
import io.zhucan.subsidy.payment.Overpayments;
import io.zhucan.subsidy.payment.PaymentInstructions;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Months instructed that an entitlement no longer covers become an overpayment to recover, each month
 * once; its failed instructions for those months are cancelled, so no run sends them again.
 */
@Service
public class OverpaymentService implements OverpaymentClaims {

    private final Overpayments overpayments;
    private final PaymentInstructions instructions;
    private final EventPublisher events;
    private final Notices notices;
    private final Clock clock;

    public OverpaymentService(Overpayments overpayments, PaymentInstructions instructions, EventPublisher events,
            Notices notices, Clock clock) {
        this.overpayments = overpayments;
        this.instructions = instructions;
        this.events = events;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void claimAfter(Entitlement ended, String reason) {
        YearMonth from = ended.firstUnpayableMonth();
        if (from == null) {
            return;
        }
        for (Instruction cancelled : instructions.cancelFailed(ended.id(), from, reason)) {
            // civil affairs reads this: the month is no longer covered, not why (the why may be an LTC fact)
            events.publish(new PaymentCancelled(UUID.randomUUID(), Instant.now(clock), cancelled.personId(),
                    cancelled.id(), cancelled.allowance(), cancelled.month(), cancelled.amountFen(),
                    PaymentCancelled.notCovered(cancelled.month())));
        }
        List<InstructedMonth> months = overpayments.unclaimedInstructedMonths(ended.id(), from);
        if (months.isEmpty()) {
            return;
        }
        UUID overpaymentId = UUID.randomUUID();
        List<InstructedMonth> claimed = overpayments.record(overpaymentId, ended, months, reason);
        if (claimed.isEmpty()) {
            return;
        }
        long amount = claimed.stream().mapToLong(InstructedMonth::amountFen).sum();
        events.publish(new OverpaymentRaised(UUID.randomUUID(), Instant.now(clock), ended.personId(), overpaymentId,
                ended.id(), ended.allowance(), ended.county(), claimed.stream().map(InstructedMonth::month).toList(),
                amount, reason));
        notices.send(ended.personId(), ended.id(), NoticeKind.OVERPAYMENT,
                Explanations.overpaid(ended, claimed.size(), amount));
    }
}

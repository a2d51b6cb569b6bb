package io.zhucan.subsidy.payment.application;

import io.zhucan.platform.events.partner.PaymentSettlementReported;
import io.zhucan.platform.events.partner.SettlementStatus;
import io.zhucan.platform.events.subsidy.PaymentFailed;
import io.zhucan.platform.events.subsidy.PaymentSettled;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.subsidy.casework.ExceptionCases;
import io.zhucan.subsidy.casework.ExceptionKind;
import io.zhucan.subsidy.payment.Instruction;
import io.zhucan.subsidy.payment.InstructionStatus;
import io.zhucan.subsidy.payment.PaymentInstructions;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciles civil affairs' settlement reports with the instructions: paid, or failed (sent again
 * by the next run while attempts are left, then a caseworker exception). Only an instruction still
 * waiting for its result changes; a repeated or late report has no effect.
 */
@Service
public class SettlementService {

    private static final Logger log = LoggerFactory.getLogger(SettlementService.class);

    private final PaymentInstructions payments;
    private final ExceptionCases exceptions;
    private final EventPublisher events;
    private final Clock clock;
    private final int maxAttempts;

    public SettlementService(PaymentInstructions payments, ExceptionCases exceptions, EventPublisher events, Clock clock,
            @Value("${zhucan.subsidy.payment-run.max-attempts:3}") int maxAttempts) {
        this.payments = payments;
        this.exceptions = exceptions;
        this.events = events;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    @Transactional
    public void settlementReported(PaymentSettlementReported report) {
        Instruction instruction = payments.lock(report.instructionId()).orElse(null);
        if (instruction == null || !instruction.isFor(report.idNumber())) {
            log.warn("settlement report {} names an unknown instruction {} (or another person): ignored",
                    report.factId(), report.instructionId());
            return;
        }
        if (!instruction.awaitsResult()) {
            log.info("settlement report {} for instruction {} already {}: ignored", report.factId(), instruction.id(),
                    instruction.status());
            return;
        }
        Instant now = Instant.now(clock);
        if (report.status() == SettlementStatus.PAID) {
            payments.settle(instruction.id(), InstructionStatus.PAID, null, report.settledOn());
            events.publish(new PaymentSettled(UUID.randomUUID(), now, instruction.personId(), instruction.id(),
                    instruction.allowance(), instruction.month(), instruction.amountFen(), report.settledOn()));
            return;
        }
        String reason = report.failureReason() == null ? "unspecified" : report.failureReason();
        boolean retry = instruction.attempt() < maxAttempts;
        payments.settle(instruction.id(), InstructionStatus.FAILED, reason, report.settledOn());
        events.publish(new PaymentFailed(UUID.randomUUID(), now, instruction.personId(), instruction.id(),
                instruction.allowance(), instruction.month(), instruction.amountFen(), reason, retry));
        if (!retry) {
            exceptions.open(instruction.personId(), instruction.allowance(), ExceptionKind.PAYMENT_FAILED,
                    instruction.county(), "payment " + instruction.id() + " for " + instruction.month() + " failed "
                            + instruction.attempt() + " times: " + reason);
        }
    }
}

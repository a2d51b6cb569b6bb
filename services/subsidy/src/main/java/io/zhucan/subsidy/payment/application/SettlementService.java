package io.zhucan.subsidy.payment.application;

import io.zhucan.platform.events.partner.PaymentSettlementReported;
import io.zhucan.platform.events.partner.SettlementStatus;
import io.zhucan.platform.events.subsidy.PaymentCancelled;
import io.zhucan.platform.events.subsidy.PaymentFailed;
import io.zhucan.platform.events.subsidy.PaymentSettled;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.subsidy.casework.ExceptionCases;
import io.zhucan.subsidy.casework.ExceptionKind;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.Entitlements;
import io.zhucan.subsidy.payment.Instruction;
import io.zhucan.subsidy.payment.Instruction.AfterFailure;
import io.zhucan.subsidy.payment.InstructionStatus;
import io.zhucan.subsidy.payment.Overpayments;
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
 * by the next run while attempts are left, then a caseworker exception; cancelled, and released from
 * any overpayment, when the entitlement no longer covers the month). Only the attempt still waiting
 * for its result changes; a repeated, late or superseded report has no effect.
 */
@Service
public class SettlementService {

    private static final Logger log = LoggerFactory.getLogger(SettlementService.class);

    private final PaymentInstructions payments;
    private final Entitlements entitlements;
    private final Overpayments overpayments;
    private final ExceptionCases exceptions;
    private final EventPublisher events;
    private final Clock clock;
    private final int maxAttempts;

    public SettlementService(PaymentInstructions payments, Entitlements entitlements, Overpayments overpayments,
            ExceptionCases exceptions, EventPublisher events, Clock clock,
            @Value("${zhucan.subsidy.payment-run.max-attempts:3}") int maxAttempts) {
        this.payments = payments;
        this.entitlements = entitlements;
        this.overpayments = overpayments;
        this.exceptions = exceptions;
        this.events = events;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    @Transactional
    public void settlementReported(PaymentSettlementReported report) {
        Instruction seen = payments.find(report.instructionId()).orElse(null);
        if (seen == null || !seen.isFor(report.idNumber())) {
            log.warn("settlement report {} names an unknown instruction {} (or another person): ignored",
                    report.factId(), report.instructionId());
            return;
        }
        // the entitlement first, as its transitions lock it before its instructions
        Entitlement entitlement = entitlements.lock(seen.entitlementId()).orElseThrow();
        Instruction instruction = payments.lock(seen.id()).orElseThrow();
        if (!instruction.isCurrent(report.attempt())) {
            log.info("settlement report {} for attempt {} of instruction {} ({}, attempt {}): ignored", report.factId(),
                    report.attempt(), instruction.id(), instruction.status(), instruction.attempt());
            return;
        }
        if (report.status() == SettlementStatus.PAID) {
            payments.settle(instruction.id(), InstructionStatus.PAID, null, report.settledOn());
            events.publish(new PaymentSettled(UUID.randomUUID(), now(), instruction.personId(), instruction.id(),
                    instruction.allowance(), instruction.month(), instruction.amountFen(), report.settledOn()));
            return;
        }
        failed(instruction, entitlement, report);
    }

    private void failed(Instruction instruction, Entitlement entitlement, PaymentSettlementReported report) {
        // the partner's free text may name the payee, their ID or account number: kept with the instruction
        // and in the caseworkers' queue with the numbers blanked out, and never put on Kafka
        String reason = report.failureReason() == null ? "unspecified" : PartnerText.withoutNumbers(report.failureReason());
        boolean payable = entitlement.payableIn(instruction.month())
                && !overpayments.claims(instruction.entitlementId(), instruction.month());
        AfterFailure next = instruction.afterFailure(payable, maxAttempts);
        events.publish(new PaymentFailed(UUID.randomUUID(), now(), instruction.personId(), instruction.id(),
                instruction.allowance(), instruction.month(), instruction.amountFen(), PartnerText.FAILED_AS_REPORTED,
                next == AfterFailure.RETRY));
        switch (next) {
            case RETRY -> payments.settle(instruction.id(), InstructionStatus.FAILED, reason, report.settledOn());
            case GIVE_UP -> {
                payments.settle(instruction.id(), InstructionStatus.FAILED, reason, report.settledOn());
                exceptions.open(instruction.personId(), instruction.allowance(), ExceptionKind.PAYMENT_FAILED,
                        instruction.county(), "payment " + instruction.id() + " for " + instruction.month()
                                + " failed " + instruction.attempt() + " times: " + reason);
            }
            case CANCEL -> {
                // never paid, so not overpaid either: the month leaves the overpayment that claimed it
                payments.settle(instruction.id(), InstructionStatus.CANCELLED, reason, report.settledOn());
                overpayments.release(instruction.entitlementId(), instruction.month(), instruction.amountFen());
                events.publish(new PaymentCancelled(UUID.randomUUID(), now(), instruction.personId(), instruction.id(),
                        instruction.allowance(), instruction.month(), instruction.amountFen(),
                        PaymentCancelled.notCovered(instruction.month())));
            }
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}

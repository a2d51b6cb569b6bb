package io.zhucan.subsidy.payment.application;

import static io.zhucan.subsidy.fakes.PeopleAndPolicy.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.subsidy.OverpaymentRaised;
import io.zhucan.platform.events.subsidy.PaymentCancelled;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.fakes.InMemoryOverpayments;
import io.zhucan.subsidy.fakes.InMemoryPaymentInstructions;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import io.zhucan.subsidy.fakes.PublishedEvents;
import io.zhucan.subsidy.fakes.RecordedNotices.Notice;
import io.zhucan.subsidy.fakes.RecordedNotices;
import io.zhucan.subsidy.notification.NoticeKind;
import io.zhucan.subsidy.payment.Instruction;
import io.zhucan.subsidy.payment.InstructionStatus;
import io.zhucan.subsidy.payment.Overpayments.InstructedMonth;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Months instructed after an entitlement stopped covering them are claimed back, each month once. */
class OverpaymentServiceTest {

    static final YearMonth DEC = YearMonth.of(2026, 12);

    /** Remembers the overpayment id each record was made under. */
    static class Recorded extends InMemoryOverpayments {
        final List<UUID> ids = new ArrayList<>();

        @Override
        public List<InstructedMonth> record(UUID overpaymentId, Entitlement entitlement, List<InstructedMonth> months,
                String reason) {
            ids.add(overpaymentId);
            return super.record(overpaymentId, entitlement, months, reason);
        }
    }

    final Recorded overpayments = new Recorded();
    final PublishedEvents events = new PublishedEvents();
    final RecordedNotices notices = new RecordedNotices();
    final InMemoryPaymentInstructions instructions = new InMemoryPaymentInstructions();
    final OverpaymentService service = new OverpaymentService(overpayments, instructions, events, notices, CLOCK);

    final Entitlement granted = Entitlement.grant(UUID.randomUUID(), PeopleAndPolicy.newIdNumber(), Allowance.LIVING,
            "330102", YearMonth.of(2026, 9), 30000);

    void instructed(Entitlement e, YearMonth... months) {
        for (YearMonth m : months) {
            overpayments.instructed(e.id(), m, m.getMonthValue() * 1000L + 37);
        }
    }

    @Test
    void monthsInstructedAfterTheLastPayableOneAreClaimedAndTheCitizenIsTold() {
        Entitlement ended = granted.terminate(YearMonth.of(2026, 10), "死亡");
        instructed(ended, YearMonth.of(2026, 9), YearMonth.of(2026, 10), YearMonth.of(2026, 11), DEC);

        service.claimAfter(ended, "death 2026-10-20");

        assertThat(overpayments.claimed).containsExactlyInAnyOrder(ended.id() + "@2026-11", ended.id() + "@2026-12");
        assertThat(overpayments.reasons).containsExactly("death 2026-10-20");
        OverpaymentRaised raised = events.of(OverpaymentRaised.class).getFirst();
        assertThat(events.all).hasSize(1);
        assertThat(raised.eventId()).isNotNull().isNotEqualTo(raised.overpaymentId());
        assertThat(raised).usingRecursiveComparison().ignoringFields("eventId").isEqualTo(new OverpaymentRaised(null,
                Instant.now(CLOCK), ended.personId(), overpayments.ids.getFirst(), ended.id(), Allowance.LIVING,
                "330102", List.of(YearMonth.of(2026, 11), DEC), 11037 + 12037, "death 2026-10-20"));
        assertThat(notices.sent).containsExactly(new Notice(ended.personId(), ended.id(), NoticeKind.OVERPAYMENT,
                "已多发困难残疾人生活补贴 (living allowance) 2个月，共230.74元，需退回 (overpaid: to be recovered)"));
    }

    @Test
    void failedInstructionsOfMonthsNoLongerCoveredAreCancelledAndAnnounced() {
        Entitlement ended = granted.terminate(YearMonth.of(2026, 10), "死亡");
        Instruction october = instructions.given(instruction(ended, YearMonth.of(2026, 10), InstructionStatus.FAILED));
        Instruction november = instructions.given(instruction(ended, YearMonth.of(2026, 11), InstructionStatus.FAILED));
        Instruction paid = instructions.given(instruction(ended, DEC, InstructionStatus.PAID));

        service.claimAfter(ended, "死亡");

        assertThat(instructions.byId.get(october.id()).status()).isEqualTo(InstructionStatus.FAILED);
        assertThat(instructions.byId.get(november.id()).status()).isEqualTo(InstructionStatus.CANCELLED);
        assertThat(instructions.byId.get(paid.id()).status()).isEqualTo(InstructionStatus.PAID);
        assertThat(events.of(PaymentCancelled.class)).singleElement().satisfies(c -> {
            assertThat(c.instructionId()).isEqualTo(november.id());
            assertThat(c.month()).isEqualTo(YearMonth.of(2026, 11));
            assertThat(c.reason()).isEqualTo("the entitlement no longer covers 2026-11"); // never why: civil affairs reads it
        });
    }

    static Instruction instruction(Entitlement e, YearMonth month, InstructionStatus status) {
        return new Instruction(UUID.randomUUID(), e.id(), e.personId(), e.allowance(), month, 30000, e.county(),
                e.idNumber().value() + "11", status, 1);
    }

    @Test
    void aSuspensionClaimsFromItsFirstMonth() {
        Entitlement suspended = granted.suspend(DEC, "LIVING.LOW_INCOME");
        instructed(suspended, YearMonth.of(2026, 11), DEC);

        service.claimAfter(suspended, "suspended");

        assertThat(events.of(OverpaymentRaised.class).getFirst().months()).containsExactly(DEC);
        assertThat(events.of(OverpaymentRaised.class).getFirst().amountFen()).isEqualTo(12037);
        assertThat(notices.sent.getFirst().message()).contains(" 1个月，共120.37元");
    }

    @Test
    void monthsAlreadyClaimedAreNotClaimedAgain() {
        Entitlement ended = granted.terminate(YearMonth.of(2026, 10), "死亡");
        instructed(ended, YearMonth.of(2026, 11), DEC);
        service.claimAfter(ended, "first");

        service.claimAfter(ended, "again");

        assertThat(events.all).hasSize(1);
        assertThat(notices.sent).hasSize(1);
        assertThat(overpayments.ids).hasSize(1);
        assertThat(overpayments.reasons).containsExactly("first");
    }

    @Test
    void onlyTheMonthsThisRecordClaimedAreRaised() {
        Entitlement ended = granted.terminate(YearMonth.of(2026, 10), "死亡");
        instructed(ended, YearMonth.of(2026, 11), DEC);
        // another overpayment claims November between the query and the record (the table's key decides)
        InMemoryOverpayments racing = new InMemoryOverpayments() {
            @Override
            public List<InstructedMonth> unclaimedInstructedMonths(UUID entitlementId, YearMonth from) {
                List<InstructedMonth> months = overpayments.unclaimedInstructedMonths(entitlementId, from);
                claimed.add(entitlementId + "@2026-11");
                return months;
            }
        };
        new OverpaymentService(racing, instructions, events, notices, CLOCK).claimAfter(ended, "death");

        OverpaymentRaised raised = events.of(OverpaymentRaised.class).getFirst();
        assertThat(raised.months()).containsExactly(DEC);
        assertThat(raised.amountFen()).isEqualTo(12037);
        assertThat(notices.sent.getFirst().message()).contains(" 1个月，共120.37元");
    }

    @Test
    void nothingWhenAnotherOverpaymentClaimedEveryMonthMeanwhile() {
        Entitlement ended = granted.terminate(YearMonth.of(2026, 10), "死亡");
        instructed(ended, YearMonth.of(2026, 11));
        InMemoryOverpayments racing = new InMemoryOverpayments() {
            @Override
            public List<InstructedMonth> unclaimedInstructedMonths(UUID entitlementId, YearMonth from) {
                claimed.add(entitlementId + "@2026-11");
                return List.of(new InstructedMonth(YearMonth.of(2026, 11), 11037));
            }
        };

        new OverpaymentService(racing, instructions, events, notices, CLOCK).claimAfter(ended, "death");

        assertThat(racing.reasons).isEmpty();
        assertThat(events.all).isEmpty();
        assertThat(notices.sent).isEmpty();
    }

    @Test
    void nothingWhenNoMonthWasInstructedAfterTheEnd() {
        Entitlement ended = granted.terminate(DEC, "死亡");
        instructed(ended, YearMonth.of(2026, 11), DEC);

        service.claimAfter(ended, "death");

        assertThat(overpayments.ids).isEmpty();
        assertThat(overpayments.claimed).isEmpty();
        assertThat(events.all).isEmpty();
        assertThat(notices.sent).isEmpty();
    }

    @Test
    void nothingWhenEveryMonthIsStillPayable() {
        instructed(granted, YearMonth.of(2026, 11), DEC);

        service.claimAfter(granted, "nothing ended");

        assertThat(overpayments.ids).isEmpty();
        assertThat(events.all).isEmpty();
        assertThat(notices.sent).isEmpty();
    }

    @Test
    void aResumedPauseLeavesNothingToClaim() {
        Entitlement resumed = granted.suspend(YearMonth.of(2026, 10), "x").resume(DEC, "eligible again");
        instructed(resumed, YearMonth.of(2026, 11), DEC);

        service.claimAfter(resumed, "resumed");

        assertThat(events.all).isEmpty();
    }
}

package io.zhucan.subsidy.payment.application;

import static io.zhucan.subsidy.fakes.PeopleAndPolicy.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.partner.PaymentSettlementReported;
import io.zhucan.platform.events.partner.SettlementStatus;
import io.zhucan.platform.events.subsidy.PaymentFailed;
import io.zhucan.platform.events.subsidy.PaymentSettled;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.casework.ExceptionCase;
import io.zhucan.subsidy.casework.ExceptionKind;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.fakes.InMemoryEntitlements;
import io.zhucan.subsidy.fakes.InMemoryExceptionCases;
import io.zhucan.subsidy.fakes.InMemoryOverpayments;
import io.zhucan.subsidy.fakes.InMemoryPaymentInstructions;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import io.zhucan.subsidy.fakes.PublishedEvents;
import io.zhucan.subsidy.payment.Instruction;
import io.zhucan.subsidy.payment.InstructionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Settlement reports: paid, failed and sent again while attempts are left, then a caseworker's; anything else ignored. */
class SettlementServiceTest {

    static final YearMonth DEC = YearMonth.of(2026, 12);
    static final LocalDate SETTLED_ON = LocalDate.of(2026, 12, 3);

    final InMemoryPaymentInstructions payments = new InMemoryPaymentInstructions();
    final InMemoryExceptionCases exceptions = new InMemoryExceptionCases();
    final PublishedEvents events = new PublishedEvents();
    final InMemoryEntitlements entitlements = new InMemoryEntitlements();
    final InMemoryOverpayments overpayments = new InMemoryOverpayments();
    final SettlementService settlement = new SettlementService(payments, entitlements, overpayments, exceptions, events,
            CLOCK, 3);

    final ResidentIdNumber idNumber = PeopleAndPolicy.newIdNumber();
    final UUID personId = UUID.randomUUID();

    /** An instruction of an entitlement that covers its month. */
    Instruction instructed(int attempt) {
        Entitlement nursing = Entitlement.grant(personId, idNumber, Allowance.NURSING, "330102", DEC.minusMonths(2),
                49600);
        entitlements.add(nursing, null);
        return payments.given(new Instruction(UUID.randomUUID(), nursing.id(), personId, Allowance.NURSING, DEC,
                49600, "330102", idNumber.value() + "41", InstructionStatus.INSTRUCTED, attempt));
    }

    PaymentSettlementReported report(Instruction i, SettlementStatus status, @Nullable String reason) {
        return report(i.id(), idNumber.value(), status, reason);
    }

    PaymentSettlementReported report(Instruction i, int attempt, SettlementStatus status) {
        return new PaymentSettlementReported("bank-" + UUID.randomUUID(), Instant.parse("2026-12-03T08:00:00Z"),
                idNumber.value(), i.id(), status, "x", SETTLED_ON, attempt);
    }

    @Test
    void aReportForASupersededAttemptChangesNothing() {
        Instruction i = instructed(2);

        settlement.settlementReported(report(i, 1, SettlementStatus.FAILED));
        settlement.settlementReported(report(i, 3, SettlementStatus.PAID));

        assertThat(payments.settlements).isEmpty();
        assertThat(events.all).isEmpty();

        settlement.settlementReported(report(i, 2, SettlementStatus.PAID));
        assertThat(payments.byId.get(i.id()).status()).isEqualTo(InstructionStatus.PAID);
    }

    @Test
    void aPartnersFreeTextReasonReachesNoEventAndIsKeptWithoutIdOrAccountNumbers() {
        Instruction i = instructed(3);
        String reported = "户名张三与身份证" + idNumber.value() + "不符, 账户6222021234567890123已销户";

        settlement.settlementReported(report(i, SettlementStatus.FAILED, reported));

        PaymentFailed failed = events.of(PaymentFailed.class).getFirst();
        assertThat(failed.reason()).isEqualTo("reported as failed by civil affairs (the reason is kept with the instruction)");
        assertThat(events.all.toString()).doesNotContain("张三").doesNotContain("6222021234567890123");
        assertThat(payments.settlements).singleElement().asString()
                .contains("户名张三与身份证[redacted]不符, 账户[redacted]已销户")
                .doesNotContain(idNumber.value()).doesNotContain("6222021234567890123");
        assertThat(exceptions.open).singleElement().extracting(c -> c.detail()).asString()
                .contains("[redacted]").doesNotContain(idNumber.value());
    }

    @Test
    void aFailureForAMonthTheEntitlementNoLongerCoversCancelsItAndReleasesTheClaim() {
        Instruction i = instructed(1);
        entitlements.update(entitlements.byId.get(i.entitlementId()).terminate(DEC.minusMonths(1), "死亡"));
        overpayments.claimed.add(i.entitlementId() + "@" + DEC);

        settlement.settlementReported(report(i, SettlementStatus.FAILED, "account closed"));

        assertThat(payments.byId.get(i.id()).status()).isEqualTo(InstructionStatus.CANCELLED);
        assertThat(overpayments.claimed).isEmpty();
        assertThat(overpayments.released).containsExactly(i.entitlementId() + "@" + DEC + " 49600");
        assertThat(events.types()).containsExactly("PaymentFailed", "PaymentCancelled");
        assertThat(events.of(PaymentFailed.class).getFirst().retryNextRun()).isFalse();
        assertThat(exceptions.open).isEmpty();
    }

    @Test
    void aFailureForAClaimedMonthIsCancelledEvenWhileTheEntitlementLooksPayable() {
        Instruction i = instructed(1);
        overpayments.claimed.add(i.entitlementId() + "@" + DEC);

        settlement.settlementReported(report(i, SettlementStatus.FAILED, "account closed"));

        assertThat(payments.byId.get(i.id()).status()).isEqualTo(InstructionStatus.CANCELLED);
        assertThat(overpayments.claimed).isEmpty();
    }

    static PaymentSettlementReported report(UUID instructionId, String idNumber, SettlementStatus status,
            @Nullable String reason) {
        return new PaymentSettlementReported("bank-" + UUID.randomUUID(), Instant.parse("2026-12-03T08:00:00Z"),
                idNumber, instructionId, status, reason, SETTLED_ON, null);
    }

    @Test
    void aPaidReportSettlesTheInstructionAndAnnouncesIt() {
        Instruction i = instructed(1);

        settlement.settlementReported(report(i, SettlementStatus.PAID, null));

        assertThat(payments.settlements).containsExactly(i.id() + " PAID null 2026-12-03");
        assertThat(payments.byId.get(i.id()).status()).isEqualTo(InstructionStatus.PAID);
        assertThat(events.types()).containsExactly("PaymentSettled");
        PaymentSettled settled = events.of(PaymentSettled.class).getFirst();
        assertThat(settled.eventId()).isNotNull();
        assertThat(settled).usingRecursiveComparison().ignoringFields("eventId").isEqualTo(new PaymentSettled(null,
                Instant.now(CLOCK), personId, i.id(), Allowance.NURSING, DEC, 49600, SETTLED_ON));
        assertThat(exceptions.open).isEmpty();
    }

    @Test
    void aFailureWithAttemptsLeftIsSentAgainByTheNextRun() {
        Instruction i = instructed(2);

        settlement.settlementReported(report(i, SettlementStatus.FAILED, "account closed"));

        assertThat(payments.settlements).containsExactly(i.id() + " FAILED account closed 2026-12-03");
        PaymentFailed failed = events.of(PaymentFailed.class).getFirst();
        assertThat(events.all).hasSize(1);
        assertThat(failed.eventId()).isNotNull();
        assertThat(failed).usingRecursiveComparison().ignoringFields("eventId").isEqualTo(new PaymentFailed(null,
                Instant.now(CLOCK), personId, i.id(), Allowance.NURSING, DEC, 49600, PartnerText.FAILED_AS_REPORTED, true));
        assertThat(exceptions.open).isEmpty();
    }

    @Test
    void aFailureOnTheLastAttemptGoesToACaseworker() {
        Instruction i = instructed(3);

        settlement.settlementReported(report(i, SettlementStatus.FAILED, "account closed"));

        assertThat(payments.settlements).containsExactly(i.id() + " FAILED account closed 2026-12-03");
        assertThat(events.of(PaymentFailed.class)).singleElement()
                .satisfies(f -> assertThat(f.retryNextRun()).isFalse())
                .satisfies(f -> assertThat(f.reason()).isEqualTo(PartnerText.FAILED_AS_REPORTED));
        assertThat(exceptions.open).singleElement().satisfies(c -> {
            assertThat(c.personId()).isEqualTo(personId);
            assertThat(c.allowance()).isEqualTo(Allowance.NURSING);
            assertThat(c.kind()).isEqualTo(ExceptionKind.PAYMENT_FAILED);
            assertThat(c.county()).isEqualTo("330102");
            assertThat(c.detail()).isEqualTo("payment " + i.id() + " for 2026-12 failed 3 times: account closed");
        });
    }

    @Test
    void aFailureWithoutAReasonIsUnspecified() {
        Instruction i = instructed(3);

        settlement.settlementReported(report(i, SettlementStatus.FAILED, null));

        assertThat(payments.settlements).containsExactly(i.id() + " FAILED unspecified 2026-12-03");
        assertThat(events.of(PaymentFailed.class).getFirst().reason()).isEqualTo(PartnerText.FAILED_AS_REPORTED);
        assertThat(exceptions.open).extracting(ExceptionCase::detail)
                .containsExactly("payment " + i.id() + " for 2026-12 failed 3 times: unspecified");
    }

    @Test
    void theAttemptsAllowedAreConfigured() {
        SettlementService once = new SettlementService(payments, entitlements, overpayments, exceptions, events,
                CLOCK, 1);
        Instruction i = instructed(1);

        once.settlementReported(report(i, SettlementStatus.FAILED, "x"));

        assertThat(events.of(PaymentFailed.class).getFirst().retryNextRun()).isFalse();
        assertThat(exceptions.open).hasSize(1);
    }

    @Test
    void aReportOfAnUnknownInstructionIsIgnored() {
        instructed(1);

        settlement.settlementReported(report(UUID.randomUUID(), idNumber.value(), SettlementStatus.PAID, null));

        assertThat(payments.settlements).isEmpty();
        assertThat(events.all).isEmpty();
    }

    @Test
    void aReportNamingAnotherPersonIsIgnored() {
        Instruction i = instructed(3);

        settlement.settlementReported(report(i.id(), PeopleAndPolicy.newIdNumber().value(), SettlementStatus.FAILED,
                "x"));

        assertThat(payments.settlements).isEmpty();
        assertThat(events.all).isEmpty();
        assertThat(exceptions.open).isEmpty();
        assertThat(payments.byId.get(i.id()).status()).isEqualTo(InstructionStatus.INSTRUCTED);
    }

    @ParameterizedTest
    @EnumSource(value = InstructionStatus.class, names = {"PAID", "FAILED", "CANCELLED"})
    void aRepeatedOrLateReportHasNoEffect(InstructionStatus settled) {
        Instruction sent = instructed(3);
        Instruction i = payments.given(new Instruction(sent.id(), sent.entitlementId(), personId,
                Allowance.LIVING, DEC, 30000, "330102", idNumber.value() + "41", settled, 3));

        settlement.settlementReported(report(i, SettlementStatus.FAILED, "late"));
        settlement.settlementReported(report(i, SettlementStatus.PAID, null));

        assertThat(payments.settlements).isEmpty();
        assertThat(events.all).isEmpty();
        assertThat(exceptions.open).isEmpty();
    }

    @Test
    void aSecondReportAfterThePaymentChangesNothing() {
        Instruction i = instructed(1);

        settlement.settlementReported(report(i, SettlementStatus.PAID, null));
        settlement.settlementReported(report(i, SettlementStatus.FAILED, "late"));

        assertThat(payments.settlements).hasSize(1);
        assertThat(events.types()).containsExactly("PaymentSettled");
    }
}

package io.zhucan.subsidy.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.fakes.PeopleAndPolicy;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A payment instruction: whom a report may settle it for, whether it awaits one, and what it prints. */
class InstructionTest {

    final ResidentIdNumber idNumber = PeopleAndPolicy.newIdNumber();
    final UUID id = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    final UUID entitlementId = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    Instruction instruction(InstructionStatus status) {
        return new Instruction(id, entitlementId, UUID.randomUUID(), Allowance.NURSING, YearMonth.of(2026, 12), 49600,
                "330102", idNumber.value() + "41", status, 2);
    }

    @Test
    void itIsForThePersonTheCertificateNumberStartsWith() {
        Instruction i = instruction(InstructionStatus.INSTRUCTED);

        assertThat(i.isFor(idNumber.value())).isTrue();
        assertThat(i.isFor(PeopleAndPolicy.newIdNumber().value())).isFalse();
        assertThat(i.isFor(idNumber.value() + "41")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"INSTRUCTED, true", "PAID, false", "FAILED, false", "CANCELLED, false"})
    void onlyAnInstructionSentAndNotSettledAwaitsAResult(InstructionStatus status, boolean awaits) {
        assertThat(instruction(status).awaitsResult()).isEqualTo(awaits);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"INSTRUCTED, 2, true", "INSTRUCTED, null, true", "INSTRUCTED, 1, false",
            "INSTRUCTED, 3, false", "FAILED, 2, false", "PAID, 2, false", "CANCELLED, null, false"})
    void aReportIsAboutTheAttemptWaitingForItsResult(InstructionStatus status, Integer attempt, boolean current) {
        assertThat(instruction(status).isCurrent(attempt)).isEqualTo(current);
    }

    @ParameterizedTest
    @CsvSource({"true, 3, RETRY", "true, 2, GIVE_UP", "true, 1, GIVE_UP", "false, 3, CANCEL", "false, 2, CANCEL"})
    void aFailureIsRetriedWhileAttemptsAreLeftAndTheMonthIsPayable(boolean payable, int maxAttempts,
            Instruction.AfterFailure next) {
        assertThat(instruction(InstructionStatus.INSTRUCTED).afterFailure(payable, maxAttempts)).isEqualTo(next);
    }

    @Test
    void printedItShowsNoCertificateNumber() {
        Instruction i = instruction(InstructionStatus.FAILED);

        assertThat(i.toString()).isEqualTo("Instruction[" + id + ", entitlement " + entitlementId
                + ", NURSING 2026-12, 49600 fen, FAILED (attempt 2)]");
        assertThat(i.toString()).doesNotContain(idNumber.value().substring(6, 14));
    }
}

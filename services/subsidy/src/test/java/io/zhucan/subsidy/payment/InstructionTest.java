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
    @CsvSource({"INSTRUCTED, true", "PAID, false", "FAILED, false"})
    void onlyAnInstructionSentAndNotSettledAwaitsAResult(InstructionStatus status, boolean awaits) {
        assertThat(instruction(status).awaitsResult()).isEqualTo(awaits);
    }

    @Test
    void printedItShowsNoCertificateNumber() {
        Instruction i = instruction(InstructionStatus.FAILED);

        assertThat(i.toString()).isEqualTo("Instruction[" + id + ", entitlement " + entitlementId
                + ", NURSING 2026-12, 49600 fen, FAILED (attempt 2)]");
        assertThat(i.toString()).doesNotContain(idNumber.value().substring(6, 14));
    }
}

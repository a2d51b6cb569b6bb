package io.zhucan.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.platform.domain.IllegalTransitionException;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The entitlement lifecycle and the months it is payable in. */
class EntitlementTest {

    static final YearMonth DEC = YearMonth.of(2026, 12);

    final Entitlement granted = Entitlement.grant(UUID.randomUUID(), ResidentIdNumber.of("330102199003070027"), Allowance.NURSING, "330102",
            DEC, 49600);

    @Test
    void payableFromTheStartMonthOn() {
        assertThat(granted.payableIn(DEC.minusMonths(1))).isFalse();
        assertThat(granted.payableIn(DEC)).isTrue();
        assertThat(granted.payableIn(DEC.plusYears(3))).isTrue();
    }

    @Test
    void suspendedMonthsAreNotPayableAndResumingReopensFromItsMonth() {
        Entitlement suspended = granted.suspend(DEC.plusMonths(2), "LIVING.LOW_INCOME");
        assertThat(suspended.payableIn(DEC.plusMonths(1))).isTrue();
        assertThat(suspended.payableIn(DEC.plusMonths(2))).isFalse();
        Entitlement resumed = suspended.resume(DEC.plusMonths(5), "eligible again");
        assertThat(resumed.status()).isEqualTo(EntitlementStatus.ACTIVE);
        assertThat(resumed.payableIn(DEC.plusMonths(4))).isFalse();
        assertThat(resumed.payableIn(DEC.plusMonths(5))).isTrue();
    }

    @Test
    void terminationStopsAfterTheLastPayableMonthAndIsFinal() {
        Entitlement terminated = granted.terminate(DEC.plusMonths(1), "死亡");
        assertThat(terminated.payableIn(DEC.plusMonths(1))).isTrue();
        assertThat(terminated.payableIn(DEC.plusMonths(2))).isFalse();
        assertThat(terminated.firstUnpayableMonth()).isEqualTo(DEC.plusMonths(2));
        assertThatThrownBy(() -> terminated.suspend(DEC, "x")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> terminated.decline(DEC)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void decliningBeforeTheStartMeansNothingIsEverPaid() {
        Entitlement declined = granted.decline(DEC.minusMonths(1));
        assertThat(declined.status()).isEqualTo(EntitlementStatus.DECLINED);
        assertThat(declined.payableIn(DEC)).isFalse();
    }
}

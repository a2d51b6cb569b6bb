package io.zhucan.profile.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The warnings' boundary days, as the queries use them. */
class WarningPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final WarningPolicy policy = new WarningPolicy(60, 30, 90);

    @Test
    void aCertificateExpiringOnTheSixtiethDayIsWithinTheWindow() {
        assertThat(policy.expiresBy(TODAY)).isEqualTo(LocalDate.of(2027, 1, 30));
    }

    @Test
    void aSuspensionOfThirtyDaysIsNotYetTooLong() {
        // "status_since < suspendedBefore": suspended 2026-10-31 (31 days) warns, 2026-11-01 (30 days) not
        assertThat(policy.suspendedBefore(TODAY)).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void aNeedOpenNinetyDaysIsStillWithinItsLimit() {
        assertThat(policy.openedBefore(TODAY)).isEqualTo(LocalDate.of(2026, 9, 2));
    }
}

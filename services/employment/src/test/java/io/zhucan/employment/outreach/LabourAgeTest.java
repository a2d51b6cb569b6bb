package io.zhucan.employment.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LabourAgeTest {

    private static final LocalDate BORN = LocalDate.of(1965, 3, 15);
    /** a man born March 1965: 60 years and 1 month under the 2025 reform */
    private final LabourAge age = new LabourAge(16, 721);

    @Test
    void beginsOnTheSixteenthBirthday() {
        assertThat(age.covers(BORN, LocalDate.of(1981, 3, 14))).isFalse();
        assertThat(age.covers(BORN, LocalDate.of(1981, 3, 15))).isTrue();
    }

    @Test
    void endsOnTheDayTheRetirementAgeIsReached() {
        assertThat(age.retirementDate(BORN)).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(age.covers(BORN, LocalDate.of(2025, 4, 14))).isTrue();
        assertThat(age.covers(BORN, LocalDate.of(2025, 4, 15))).isFalse();
    }

    @Test
    void aBirthdayOnTheThirtyFirstRetiresAtTheEndOfAShorterMonth() {
        LocalDate born = LocalDate.of(1965, 1, 31);
        assertThat(new LabourAge(16, 721).retirementDate(born)).isEqualTo(LocalDate.of(2025, 2, 28));
    }
}

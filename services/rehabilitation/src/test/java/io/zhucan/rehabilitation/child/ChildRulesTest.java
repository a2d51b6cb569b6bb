package io.zhucan.rehabilitation.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.rehabilitation.RehabService;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ChildRulesTest {

    private static final LocalDate BORN = LocalDate.of(2020, 3, 15);
    private static final AgeLimit PROVINCE = new AgeLimit(6);
    private static final AgeLimit HANGZHOU = new AgeLimit(14);

    @Test
    void theProvinceCoversAChildUpToTheDayBeforeTheSeventhBirthday() {
        assertThat(PROVINCE.covers(BORN, BORN)).as("the day of birth").isTrue();
        assertThat(PROVINCE.covers(BORN, BORN.minusDays(1))).as("before birth").isFalse();
        assertThat(PROVINCE.covers(BORN, LocalDate.of(2027, 3, 14))).as("the day before the 7th birthday").isTrue();
        assertThat(PROVINCE.covers(BORN, LocalDate.of(2027, 3, 15))).as("the 7th birthday").isFalse();
    }

    @Test
    void aCityExtensionCoversUpToTheDayBeforeTheFifteenthBirthday() {
        assertThat(HANGZHOU.covers(BORN, LocalDate.of(2027, 3, 15))).isTrue();
        assertThat(HANGZHOU.covers(BORN, LocalDate.of(2035, 3, 14))).isTrue();
        assertThat(HANGZHOU.covers(BORN, LocalDate.of(2035, 3, 15))).isFalse();
    }

    @Test
    void aLeapDayChildTurnsSevenOnTheFirstOfMarchInACommonYear() {
        LocalDate leap = LocalDate.of(2020, 2, 29);
        assertThat(PROVINCE.covers(leap, LocalDate.of(2027, 2, 27))).isTrue();
        assertThat(PROVINCE.covers(leap, LocalDate.of(2027, 2, 28))).as("java.time: the anniversary is Feb 28").isFalse();
    }

    @Test
    void theYearlyCapLimitsTheSubsidyAndNeverGoesNegative() {
        assertThat(new YearlyCap(2_400_000, 0).subsidyFor(1_500_000)).isEqualTo(1_500_000);
        assertThat(new YearlyCap(2_400_000, 1_500_000).subsidyFor(1_500_000)).isEqualTo(900_000);
        assertThat(new YearlyCap(2_400_000, 2_400_000).subsidyFor(1)).isZero();
        assertThat(new YearlyCap(2_400_000, 2_500_000).remainingFen()).as("after a cap was lowered").isZero();
        assertThatThrownBy(() -> new YearlyCap(1, 0).subsidyFor(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void admissionChecksAgeAgreementServiceAndCapacity() {
        Child child = new Child(UUID.randomUUID(), "h", null, BORN, "330106", ChildBasis.SUSPECTED, BORN);
        Institution institution = new Institution(UUID.randomUUID(), "西湖康复中心", "330106", "rehab-inst-xihu",
                Set.of(RehabService.TRAINING), 2, LocalDate.of(2024, 1, 1), LocalDate.of(2027, 1, 1));
        LocalDate on = LocalDate.of(2026, 6, 1);

        assertThat(Enrolment.admit(UUID.randomUUID(), child, institution, RehabService.TRAINING, on, PROVINCE, 1, "cw")
                .exitedOn()).isNull();
        assertThatThrownBy(() -> Enrolment.admit(UUID.randomUUID(), child, institution, RehabService.TRAINING, on,
                PROVINCE, 2, "cw")).hasMessageContaining("full");
        assertThatThrownBy(() -> Enrolment.admit(UUID.randomUUID(), child, institution, RehabService.AUTISM_SERVICES, on,
                PROVINCE, 0, "cw")).hasMessageContaining("does not offer");
        assertThatThrownBy(() -> Enrolment.admit(UUID.randomUUID(), child, institution, RehabService.TRAINING,
                LocalDate.of(2027, 1, 1), PROVINCE, 0, "cw")).hasMessageContaining("agreement");
        assertThatThrownBy(() -> Enrolment.admit(UUID.randomUUID(), child, institution, RehabService.TRAINING,
                LocalDate.of(2027, 3, 15), HANGZHOU, 0, "cw")).hasMessageContaining("agreement");
        assertThatThrownBy(() -> Enrolment.admit(UUID.randomUUID(), child, new Institution(UUID.randomUUID(), "x",
                "330106", "c", Set.of(RehabService.TRAINING), 2, LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1)),
                RehabService.TRAINING, LocalDate.of(2027, 3, 15), PROVINCE, 0, "cw"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("age limit");
    }

    @Test
    void anEnrolmentCoversTheMonthsItRanOnAndExitsOnce() {
        Enrolment e = new Enrolment(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), RehabService.TRAINING,
                LocalDate.of(2026, 3, 20), null, "cw");
        assertThat(e.covers(YearMonth.of(2026, 2))).isFalse();
        assertThat(e.covers(YearMonth.of(2026, 3))).isTrue();
        Enrolment left = e.exit(LocalDate.of(2026, 5, 1));
        assertThat(left.covers(YearMonth.of(2026, 5))).isTrue();
        assertThat(left.covers(YearMonth.of(2026, 6))).isFalse();
        assertThatThrownBy(() -> left.exit(LocalDate.of(2026, 6, 1))).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> e.exit(LocalDate.of(2026, 3, 19))).isInstanceOf(RuleViolationException.class);
    }
}

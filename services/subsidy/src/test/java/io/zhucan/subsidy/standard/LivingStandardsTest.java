package io.zhucan.subsidy.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The living allowance as a share of the county's 低保 standard, by effective month and precedence. */
class LivingStandardsTest {

    static final YearMonth JAN_2015 = YearMonth.of(2015, 1);
    static final YearMonth JAN_2027 = YearMonth.of(2027, 1);

    final LivingStandards standards = new LivingStandards(
            List.of(new DibaoStandard("330102", JAN_2015, 124_000, "demo"),
                    new DibaoStandard("330102", JAN_2027, 130_050, "raised from January"),
                    new DibaoStandard("330482", JAN_2015, 111_111, "demo")),
            List.of(new LivingShare("330000", DisabilityGrade.GRADE_1, 4_000, JAN_2015),
                    new LivingShare("330000", null, 3_000, JAN_2015),
                    new LivingShare("330482", null, 3_500, JAN_2015),
                    new LivingShare("330000", null, 3_300, JAN_2027)));

    @Test
    void isTheShareForTheGradeTimesTheStandardInForce() {
        assertThat(standards.livingAmount("330102", DisabilityGrade.GRADE_1, YearMonth.of(2026, 12))).hasValue(49_600L);
        assertThat(standards.livingAmount("330102", DisabilityGrade.GRADE_3, YearMonth.of(2026, 12))).hasValue(37_200L);
    }

    @Test
    void followsARaisedStandardFromItsEffectiveMonthOnRoundedHalfUpToTheFen() {
        // 130,050 × 40 % = 52,020; × 33 % (the province's new share from 2027) = 42,916.5 → 42,917
        assertThat(standards.livingAmount("330102", DisabilityGrade.GRADE_1, JAN_2027)).hasValue(52_020L);
        assertThat(standards.livingAmount("330102", DisabilityGrade.GRADE_4, JAN_2027)).hasValue(42_917L);
        assertThat(standards.livingAmount("330102", DisabilityGrade.GRADE_4, JAN_2027.minusMonths(1))).hasValue(37_200L);
    }

    @Test
    void aCountysOwnShareBeatsTheProvincesAndTheGradeBeatsAnyGrade() {
        // 330482: its own 35 % for any grade beats the province's 40 % for grade 1 (county before grade)
        assertThat(standards.livingAmount("330482", DisabilityGrade.GRADE_1, JAN_2027)).hasValue(38_889L);
    }

    @Test
    void isEmptyWhereTheCountyHasNoStandardSoThePolicysFixedAmountHolds() {
        assertThat(standards.livingAmount("330521", DisabilityGrade.GRADE_1, JAN_2027)).isEmpty();
        assertThat(standards.livingAmount("330102", DisabilityGrade.GRADE_1, YearMonth.of(2014, 12))).isEmpty();
        assertThat(LivingStandards.NONE.livingAmount("330102", DisabilityGrade.GRADE_1, JAN_2027)).isEmpty();
    }
}

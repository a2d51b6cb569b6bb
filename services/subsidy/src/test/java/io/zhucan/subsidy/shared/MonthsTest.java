package io.zhucan.subsidy.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** 次月 and the other month arithmetic of the rules, at the month and year boundaries. */
class MonthsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theMonthAfterADayIsTheNextCalendarMonth() {
        assertThat(Months.after(LocalDate.of(2026, 11, 1))).isEqualTo(YearMonth.of(2026, 12));
        assertThat(Months.after(LocalDate.of(2026, 11, 30))).isEqualTo(YearMonth.of(2026, 12));
        assertThat(Months.after(LocalDate.of(2026, 12, 31))).isEqualTo(YearMonth.of(2027, 1));
    }

    @Test
    void theNextMonthIsCountedInTheClocksZone() {
        // 2026-11-30T16:30Z is already 1 December in Zhejiang
        Clock clock = Clock.fixed(Instant.parse("2026-11-30T16:30:00Z"), SHANGHAI);

        assertThat(Months.next(clock)).isEqualTo(YearMonth.of(2027, 1));
        assertThat(Months.next(Clock.fixed(Instant.parse("2026-11-30T15:59:59Z"), SHANGHAI)))
                .isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void theLaterOfTwoMonths() {
        YearMonth nov = YearMonth.of(2026, 11);
        YearMonth dec = YearMonth.of(2026, 12);

        assertThat(Months.max(nov, dec)).isEqualTo(dec);
        assertThat(Months.max(dec, nov)).isEqualTo(dec);
        assertThat(Months.max(dec, YearMonth.of(2026, 12))).isEqualTo(dec);
    }

    @Test
    void theFirstDayOfAMonth() {
        assertThat(Months.first(YearMonth.of(2027, 2))).isEqualTo(LocalDate.of(2027, 2, 1));
    }
}

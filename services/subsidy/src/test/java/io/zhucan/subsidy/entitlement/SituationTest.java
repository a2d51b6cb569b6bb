package io.zhucan.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.facts.FactChange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The month arithmetic of a decision: 次月, the month after a fact, the policy's month. */
class SituationTest {

    static Situation at(YearMonth policyMonth, Trigger trigger) {
        return new Situation(UUID.randomUUID(), ResidentIdNumber.of("330102199003070027"), "330102",
                YearMonth.of(2026, 12), policyMonth, trigger);
    }

    @Test
    void aFactAppliesFromTheMonthAfterItEvenInThePast() {
        assertThat(at(YearMonth.of(2026, 1), Trigger.fact(FactChange.DEATH, LocalDate.of(2026, 9, 30))).changeMonth())
                .isEqualTo(YearMonth.of(2026, 10));
        assertThat(at(YearMonth.of(2026, 1), Trigger.fact(FactChange.DEATH, LocalDate.of(2026, 10, 1))).changeMonth())
                .isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void aPolicyAppliesFromTheNextMonthOrItsOwnIfLater() {
        assertThat(at(YearMonth.of(2026, 1), Trigger.policy(2)).changeMonth()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(at(YearMonth.of(2026, 12), Trigger.policy(2)).changeMonth()).isEqualTo(YearMonth.of(2026, 12));
        assertThat(at(YearMonth.of(2027, 2), Trigger.policy(2)).changeMonth()).isEqualTo(YearMonth.of(2027, 2));
        assertThat(at(YearMonth.of(2027, 2), Trigger.policy(2)).currentMonth()).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void triggersAreNamedAsDecisionsRecordThem() {
        assertThat(Trigger.policy(3)).isEqualTo(new Trigger("policy.v3", null));
        assertThat(Trigger.fact(FactChange.LOW_INCOME, LocalDate.of(2026, 1, 2)))
                .isEqualTo(new Trigger("civil-affairs.low-income", LocalDate.of(2026, 1, 2)));
        assertThatThrownBy(() -> new Trigger(" ", null)).isInstanceOf(IllegalArgumentException.class);
    }
}

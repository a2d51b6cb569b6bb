package io.zhucan.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.platform.events.vocabulary.ResidentIdNumbers;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import io.zhucan.subsidy.policy.PolicyChange.RuleChange;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** LIVING.INCOME's parameter: the near-low-income range and the working age, on their boundaries. */
class IncomeRangeTest {

    static final IncomeRange RANGE = IncomeRange.of(new RuleSetting(true, "186000,16,60,55"));
    static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    /** Born on {@code birth}; the 17th digit odd for a man, even for a woman. */
    static ResidentIdNumber person(LocalDate birth, boolean man) {
        String first17 = "330482" + birth.toString().replace("-", "") + (man ? "011" : "012");
        return ResidentIdNumber.of(first17 + ResidentIdNumbers.checkCharacter(first17));
    }

    @ParameterizedTest(name = "household {0}, own {1}")
    @CsvSource(nullValues = "-", value = {
            "186000, -,      true",   // the household's income at the top of the range
            "186001, -,      false",
            "186001, 186000, true",   // a working-age person's own income within it
            "186001, 186001, false"})
    void theHouseholdsOrAWorkingAgePersonsOwnIncomeWithinTheRange(long household, Long own, boolean covered) {
        assertThat(RANGE.covers(household, own, person(LocalDate.of(1980, 5, 1), true), DAY)).isEqualTo(covered);
    }

    @ParameterizedTest(name = "born {0}, man {1}")
    @CsvSource({
            "2011-03-01, true,  true",  // 16 today
            "2011-03-02, true,  false", // 16 tomorrow
            "1967-03-02, true,  true",  // 59, 60 tomorrow
            "1967-03-01, true,  false", // 60 today: retired
            "1972-03-02, false, true",  // a woman of 54
            "1972-03-01, false, false"}) // 55: retired
    void ownIncomeCountsOnlyAtWorkingAge(LocalDate birth, boolean man, boolean covered) {
        assertThat(RANGE.covers(999_999, 100_000L, person(birth, man), DAY)).isEqualTo(covered);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "186000", "186000,16,60", "a,16,60,55", "-1,16,60,55", "186000,16,10,55"})
    void aFaultyParameterIsRefusedAsAPolicyRule(String parameter) {
        PolicyChange change = new PolicyChange(DAY, "faulty", Map.of(), List.of(),
                List.of(new RuleChange("330482", RuleId.LIVING_INCOME.id(), new RuleSetting(true, parameter))));
        assertThatThrownBy(() -> change.validate(DAY)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo("policy-rule"));
    }

    @Test
    void aValidParameterIsAccepted() {
        new PolicyChange(DAY, "平湖 by income", Map.of(), List.of(), List.of(new RuleChange("330482",
                RuleId.LIVING_INCOME.id(), new RuleSetting(true, "186000,16,60,55")))).validate(DAY);
        assertThat(RANGE).isEqualTo(new IncomeRange(186000, 16, 60, 55));
    }
}

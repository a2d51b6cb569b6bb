package io.zhucan.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rules by their stable ids; only the policy's own rules are configurable. */
class RuleIdTest {

    @ParameterizedTest
    @EnumSource(RuleId.class)
    void everyRuleIsFoundByItsId(RuleId rule) {
        assertThat(RuleId.byId(rule.id())).contains(rule);
    }

    @Test
    void anUnknownIdIsNoRule() {
        assertThat(RuleId.byId("LIVING.NO_SUCH_RULE")).isEmpty();
        assertThat(RuleId.byId("LIVING_LOW_INCOME")).isEmpty();
    }

    @Test
    void theIdsAndWhichAreConfigurable() {
        assertThat(RuleId.LIVING_LOW_INCOME.id()).isEqualTo("LIVING.LOW_INCOME");
        assertThat(RuleId.NURSING_EXCLUDE_CARE_BENEFIT.id()).isEqualTo("NURSING.EXCLUDE.CARE_BENEFIT");
        assertThat(Arrays.stream(RuleId.values()).filter(RuleId::configurable)).containsExactly(
                RuleId.LIVING_LOW_INCOME, RuleId.LIVING_INCOME, RuleId.LIVING_EXCLUDE_ORPHAN_ALLOWANCE, RuleId.NURSING_SEVERE_GRADE,
                RuleId.NURSING_EXCLUDE_INSTITUTIONAL_CARE, RuleId.NURSING_EXCLUDE_CARE_BENEFIT);
    }
}

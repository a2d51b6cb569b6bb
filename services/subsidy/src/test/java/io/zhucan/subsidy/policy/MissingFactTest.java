package io.zhucan.subsidy.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the rules may lack, by the ids decisions and events carry. */
class MissingFactTest {

    @ParameterizedTest
    @EnumSource(MissingFact.class)
    void everyMissingFactIsFoundByItsId(MissingFact fact) {
        assertThat(MissingFact.byId(fact.id())).contains(fact);
    }

    @Test
    void theIds() {
        assertThat(MissingFact.INSTITUTIONAL_CARE.id()).isEqualTo("INSTITUTIONAL_CARE");
        assertThat(MissingFact.LIVING_AMOUNT.id()).isEqualTo("POLICY.AMOUNT.LIVING");
        assertThat(MissingFact.NURSING_AMOUNT.id()).isEqualTo("POLICY.AMOUNT.NURSING");
    }

    @Test
    void anUnknownIdIsNoMissingFact() {
        assertThat(MissingFact.byId("LIVING_AMOUNT")).isEmpty();
        assertThat(MissingFact.byId("")).isEmpty();
    }
}

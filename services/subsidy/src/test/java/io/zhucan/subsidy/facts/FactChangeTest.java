package io.zhucan.subsidy.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The stable names of fact changes, as decisions record their triggers. */
class FactChangeTest {

    @Test
    void everyChangeHasItsOwnStableName() {
        assertThat(FactChange.CERTIFICATE_ISSUED.id()).isEqualTo("certificate.issued");
        assertThat(FactChange.DEATH.id()).isEqualTo("civil-affairs.death");
        assertThat(FactChange.CARE_BENEFIT_ENDED.id()).isEqualTo("health-insurance.care-benefit.ended");
        assertThat(Arrays.stream(FactChange.values()).map(FactChange::id)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("(certificate|civil-affairs|health-insurance)\\.[a-z.-]+"));
    }
}

package io.zhucan.rehabilitation.child;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GuardianshipTest {

    private static final UUID PARENT = UUID.randomUUID();
    private static final UUID CHILD = UUID.randomUUID();
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    @Test
    void inForceFromItsFirstToItsLastDayBothIncluded() {
        Guardianship g = Guardianship.recorded(PARENT, CHILD, GuardianRelation.PARENT, FROM, FROM.plusYears(1), "cw");
        assertThat(g.inForceOn(FROM.minusDays(1))).isFalse();
        assertThat(g.inForceOn(FROM)).isTrue();
        assertThat(g.inForceOn(FROM.plusYears(1))).isTrue();
        assertThat(g.inForceOn(FROM.plusYears(1).plusDays(1))).isFalse();
        assertThat(g.source()).isEqualTo(GuardianshipSource.CASEWORKER);
        assertThat(g.recordedBy()).isEqualTo("cw");
    }

    @Test
    void openEndedUntilAnEndIsRecorded() {
        Guardianship g = Guardianship.recorded(PARENT, CHILD, GuardianRelation.APPOINTED, FROM, null, "cw");
        assertThat(g.inForceOn(FROM.plusYears(20))).isTrue();
    }

    @Test
    void nobodyIsTheirOwnGuardianAndAPeriodDoesNotEndBeforeItBegins() {
        assertThatThrownBy(() -> Guardianship.recorded(CHILD, CHILD, GuardianRelation.PARENT, FROM, null, "cw"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("own guardian");
        assertThatThrownBy(() -> Guardianship.recorded(PARENT, CHILD, GuardianRelation.PARENT, FROM, FROM.minusDays(1),
                "cw")).isInstanceOf(RuleViolationException.class);
        assertThat(Guardianship.recorded(PARENT, CHILD, GuardianRelation.PARENT, FROM, FROM, "cw").inForceOn(FROM))
                .as("a single day").isTrue();
    }
}

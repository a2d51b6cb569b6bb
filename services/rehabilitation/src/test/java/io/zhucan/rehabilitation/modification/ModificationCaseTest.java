package io.zhucan.rehabilitation.modification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.domain.FourEyesViolationException;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ModificationCaseTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private final ModificationCase opened = ModificationCase.open(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            "330102", "cw-a");

    @Test
    void theSubsidyIsTheCostAtMostTheBudgetAndTheCap() {
        assertThat(done(600_000, 550_000).accept("cw-b", DAY, 800_000).subsidyFen()).isEqualTo(550_000);
        assertThat(done(600_000, 650_000).accept("cw-b", DAY, 800_000).subsidyFen()).as("over budget").isEqualTo(600_000);
        assertThat(done(1_000_000, 900_000).accept("cw-b", DAY, 800_000).subsidyFen()).as("over the cap")
                .isEqualTo(800_000);
    }

    @Test
    void theStepsGoInOrderAndTheSubsidyIsFixedOnce() {
        assertThatThrownBy(() -> opened.planWorks("扶手", 100)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> opened.survey("x", DAY).planWorks("扶手", 0)).isInstanceOf(RuleViolationException.class);
        ModificationCase accepted = done(100_000, 90_000).accept("cw-b", DAY, 800_000);
        assertThat(accepted.status()).isEqualTo(ModificationStatus.ACCEPTED);
        assertThatThrownBy(() -> accepted.accept("cw-c", DAY, 800_000)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void whoRecordedTheWorksDoesNotAcceptThem() {
        assertThatThrownBy(() -> done(100_000, 90_000).accept("cw-a", DAY, 800_000))
                .isInstanceOf(FourEyesViolationException.class);
    }

    private ModificationCase done(long budget, long cost) {
        return opened.survey("卫生间无扶手, 门槛高 8cm", DAY).planWorks("安装扶手, 去除门槛", budget).worksDone(cost, DAY, "cw-a");
    }
}

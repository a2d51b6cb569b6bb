package io.zhucan.rehabilitation.need;

import static io.zhucan.platform.events.rehabilitation.RehabService.ASSISTIVE_DEVICE;
import static io.zhucan.platform.events.rehabilitation.RehabService.HOME_MODIFICATION;
import static io.zhucan.platform.events.rehabilitation.RehabService.TRAINING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.rehabilitation.NeedOutcome;
import io.zhucan.platform.events.rehabilitation.NeedTrigger;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NeedTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final Need opened = Need.open(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            NeedTrigger.CERTIFICATE_ISSUED, "330102", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_2, TODAY);

    @Test
    void aNeedGoesFromAssessmentThroughPlanAndDeliveriesToClosing() {
        Need planned = opened.assess(Set.of(ASSISTIVE_DEVICE, TRAINING), "rehab-li").planServices(Set.of(ASSISTIVE_DEVICE,
                TRAINING));
        assertThat(planned.status()).isEqualTo(NeedStatus.PLANNED);

        Need partly = planned.deliver(TRAINING);
        assertThatThrownBy(() -> partly.close(NeedOutcome.SERVICES_DELIVERED, TODAY))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not every planned service");

        Need closed = partly.deliver(ASSISTIVE_DEVICE).close(NeedOutcome.SERVICES_DELIVERED, TODAY);
        assertThat(closed.status()).isEqualTo(NeedStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(TODAY);
        assertThat(closed.outcome()).isEqualTo(NeedOutcome.SERVICES_DELIVERED);
    }

    @Test
    void aPlanHoldsOnlyWhatTheAssessmentFound() {
        assertThatThrownBy(() -> opened.planServices(Set.of(TRAINING))).isInstanceOf(IllegalTransitionException.class);
        Need assessed = opened.assess(Set.of(TRAINING), "rehab-li");
        assertThatThrownBy(() -> assessed.planServices(Set.of(TRAINING, HOME_MODIFICATION)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("assessment found");
        assertThatThrownBy(() -> assessed.planServices(Set.of())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void onlyPlannedServicesAreDelivered() {
        Need planned = opened.assess(Set.of(TRAINING), "rehab-li").planServices(Set.of(TRAINING));
        assertThatThrownBy(() -> planned.deliver(ASSISTIVE_DEVICE)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void noNeedOnlyAfterAnAssessmentThatFoundNone() {
        assertThatThrownBy(() -> opened.close(NeedOutcome.NO_NEED, TODAY)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> opened.assess(Set.of(TRAINING), "x").close(NeedOutcome.NO_NEED, TODAY))
                .isInstanceOf(RuleViolationException.class);
        assertThat(opened.assess(Set.of(), "x").close(NeedOutcome.NO_NEED, TODAY).outcome()).isEqualTo(NeedOutcome.NO_NEED);
    }

    @Test
    void aRegradeSupersedesANeedAtAnyStepKeepingWhatWasDelivered() {
        Need midway = opened.assess(Set.of(TRAINING, ASSISTIVE_DEVICE), "a").planServices(Set.of(TRAINING))
                .deliver(TRAINING);
        Need superseded = midway.close(NeedOutcome.SUPERSEDED_BY_REGRADE, TODAY);
        assertThat(superseded.status()).isEqualTo(NeedStatus.CLOSED);
        assertThat(superseded.outcome()).isEqualTo(NeedOutcome.SUPERSEDED_BY_REGRADE);
        assertThat(superseded.delivered()).containsExactly(TRAINING);
        assertThat(opened.close(NeedOutcome.SUPERSEDED_BY_REGRADE, TODAY).closedOn()).isEqualTo(TODAY);
    }

    @Test
    void aClosedNeedTakesNoMoreSteps() {
        Need closed = opened.close(NeedOutcome.CERTIFICATE_CANCELLED, TODAY);
        assertThatThrownBy(() -> closed.assess(Set.of(TRAINING), "x")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> closed.close(NeedOutcome.DECLINED, TODAY)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void reassessingKeepsAPlanThatStillFits() {
        Need planned = opened.assess(Set.of(TRAINING, ASSISTIVE_DEVICE), "a").planServices(Set.of(TRAINING));
        assertThat(planned.assess(Set.of(TRAINING), "b").status()).isEqualTo(NeedStatus.PLANNED);
        assertThatThrownBy(() -> planned.assess(Set.of(ASSISTIVE_DEVICE), "b")).isInstanceOf(RuleViolationException.class);
    }
}

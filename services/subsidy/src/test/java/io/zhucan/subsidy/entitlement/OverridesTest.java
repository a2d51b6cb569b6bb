package io.zhucan.subsidy.entitlement;

import static io.zhucan.subsidy.entitlement.DecisionTableTest.ID;
import static io.zhucan.subsidy.entitlement.DecisionTableTest.NEXT;
import static io.zhucan.subsidy.entitlement.DecisionTableTest.PERSON;
import static io.zhucan.subsidy.entitlement.DecisionTableTest.entitlement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.Overrides.Action;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The override matrix: every action on every state, and what each legal one yields. */
class OverridesTest {

    static final Situation REVIEW = new Situation(PERSON, ID, "330106", NEXT, YearMonth.of(2026, 1),
            new Trigger("override", null));

    @ParameterizedTest(name = "{1} on {0} → {2}")
    @CsvSource({
            "NONE,       GRANT,     Grant",
            "NONE,       SUSPEND,   not found",
            "NONE,       RESUME,    not found",
            "NONE,       TERMINATE, not found",
            "GRANTED,    GRANT,     illegal",
            "GRANTED,    SUSPEND,   Suspend",
            "GRANTED,    RESUME,    illegal",
            "GRANTED,    TERMINATE, Terminate",
            "ACTIVE,     GRANT,     illegal",
            "ACTIVE,     SUSPEND,   Suspend",
            "ACTIVE,     RESUME,    illegal",
            "ACTIVE,     TERMINATE, Terminate",
            "SUSPENDED,  GRANT,     illegal",
            "SUSPENDED,  SUSPEND,   illegal",
            "SUSPENDED,  RESUME,    Resume",
            "SUSPENDED,  TERMINATE, Terminate",
            "TERMINATED, GRANT,     Grant",
            "TERMINATED, SUSPEND,   illegal",
            "TERMINATED, RESUME,    illegal",
            "TERMINATED, TERMINATE, illegal",
            "DECLINED,   GRANT,     illegal",
            "DECLINED,   SUSPEND,   illegal",
            "DECLINED,   RESUME,    illegal",
            "DECLINED,   TERMINATE, illegal"})
    void everyActionOnEveryState(String state, Action action, String outcome) {
        Entitlement current = "NONE".equals(state) ? null : entitlement(EntitlementStatus.valueOf(state), false);
        switch (outcome) {
            case "not found" -> assertThatThrownBy(() -> override(current, action, 40000L))
                    .isInstanceOf(NotFoundException.class);
            case "illegal" -> assertThatThrownBy(() -> override(current, action, 40000L))
                    .isInstanceOf(IllegalTransitionException.class);
            default -> assertThat(override(current, action, 40000L).getClass().getSimpleName()).isEqualTo(outcome);
        }
    }

    @Test
    void aGrantByHandStartsNextMonthAtTheGivenAmountAndIsKeptAsAnOverride() {
        var grant = (Transition.Grant) override(null, Action.GRANT, 41000L);
        assertThat(grant.isNew()).isTrue();
        assertThat(grant.granted()).extracting(Entitlement::startMonth, Entitlement::latestAmountFen,
                Entitlement::manualOverride, Entitlement::county, Entitlement::allowance)
                .containsExactly(NEXT, 41000L, true, "330106", Allowance.NURSING);

        var again = (Transition.Grant) override(entitlement(EntitlementStatus.TERMINATED, false), Action.GRANT, 41000L);
        assertThat(again.isNew()).isFalse();
        assertThat(again.granted()).extracting(Entitlement::status, Entitlement::manualOverride, Entitlement::endMonth)
                .containsExactly(EntitlementStatus.GRANTED, true, null);
    }

    @Test
    void aGrantNeedsAnAmount() {
        assertThatThrownBy(() -> override(null, Action.GRANT, null)).isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).rule()).isEqualTo("override-amount"));
    }

    @Test
    void aSuspensionByHandPausesFromNextMonthExplainedToTheCitizen() {
        var suspend = (Transition.Suspend) override(entitlement(EntitlementStatus.ACTIVE, false), Action.SUSPEND, null);
        assertThat(suspend.from()).isEqualTo(NEXT);
        assertThat(suspend.reason()).isEqualTo("manual override: 核查");
        assertThat(suspend.why()).isEqualTo(Explanations.byCaseworker("核查"));
        assertThat(suspend.suspended()).extracting(Entitlement::status, Entitlement::pausedFrom,
                Entitlement::manualOverride, Entitlement::statusReason)
                .containsExactly(EntitlementStatus.SUSPENDED, NEXT, true, "manual: 核查");
    }

    @Test
    void aResumptionByHandEndsTheOverride() {
        var resume = (Transition.Resume) override(entitlement(EntitlementStatus.SUSPENDED, true), Action.RESUME, null);
        assertThat(resume.from()).isEqualTo(NEXT);
        assertThat(resume.reason()).isEqualTo("manual override: 核查");
        assertThat(resume.previousAmountFen()).isNull();
        assertThat(resume.resumed()).extracting(Entitlement::status, Entitlement::manualOverride)
                .containsExactly(EntitlementStatus.ACTIVE, false);
    }

    @Test
    void aTerminationByHandPaysTheCurrentMonthAndNoMore() {
        var terminate = (Transition.Terminate) override(entitlement(EntitlementStatus.ACTIVE, false), Action.TERMINATE,
                null);
        assertThat(terminate.lastPayableMonth()).isEqualTo(NEXT.minusMonths(1));
        assertThat(terminate.reason()).isEqualTo("manual: 核查");
        assertThat(terminate.terminated().endMonth()).isEqualTo(NEXT.minusMonths(1));
    }

    private static Transition override(@Nullable Entitlement current, Action action, @Nullable Long amount) {
        return Overrides.override(current == null ? null : current.overridden(current.manualOverride()),
                Allowance.NURSING, action, "核查", amount, REVIEW);
    }
}

package io.zhucan.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.entitlement.Decision.EndReason;
import io.zhucan.subsidy.policy.MissingFact;
import io.zhucan.subsidy.policy.RuleId;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the citizen reads: every rule explained, amounts in yuan, months named. */
class ExplanationsTest {

    final Entitlement nursing = Entitlement.grant(UUID.randomUUID(), ResidentIdNumber.of("330102199003070027"),
            Allowance.NURSING, "330102", YearMonth.of(2026, 12), 49650);

    @ParameterizedTest
    @EnumSource(RuleId.class)
    void everyRuleIsExplainedInChineseAndEnglish(RuleId rule) {
        assertThat(Explanations.rule(rule)).isNotBlank().containsPattern("\\p{IsHan}").contains("(");
        assertThat(Explanations.ofId(rule.id())).isEqualTo(Explanations.rule(rule));
    }

    @ParameterizedTest
    @EnumSource(MissingFact.class)
    void everyMissingFactIsExplained(MissingFact fact) {
        assertThat(Explanations.ofId(fact.id())).isNotEqualTo(fact.id()).containsPattern("\\p{IsHan}");
    }

    @Test
    void anUnknownIdIsShownAsItIs() {
        assertThat(Explanations.ofId("LIVING.SOMETHING_NEW")).isEqualTo("LIVING.SOMETHING_NEW");
    }

    @Test
    void amountsAreYuanWithTwoDecimals() {
        assertThat(Explanations.yuan(49650L)).isEqualTo("496.50");
        assertThat(Explanations.yuan(5L)).isEqualTo("0.05");
        assertThat(Explanations.yuan(null)).isEqualTo("-");
    }

    @Test
    void summariesSayTheOutcomeWithTheAmountOrTheReasons() {
        assertThat(Explanations.summary(Allowance.LIVING, EligibilityOutcome.ELIGIBLE, List.of(), List.of(), 30000L))
                .startsWith("您符合困难残疾人生活补贴").contains("300.00元");
        assertThat(Explanations.summary(Allowance.LIVING, EligibilityOutcome.NOT_ELIGIBLE,
                List.of("LIVING.LOW_INCOME", "LIVING.ALIVE"), List.of(), null))
                .isEqualTo("您暂不符合" + Explanations.allowanceName(Allowance.LIVING) + "条件："
                        + Explanations.rule(RuleId.LIVING_LOW_INCOME) + "；" + Explanations.rule(RuleId.LIVING_ALIVE));
        assertThat(Explanations.summary(Allowance.NURSING, EligibilityOutcome.UNDECIDABLE, List.of(),
                List.of("INSTITUTIONAL_CARE"), null))
                .isEqualTo(Explanations.allowanceName(Allowance.NURSING) + "需人工核实："
                        + Explanations.ofId("INSTITUTIONAL_CARE"));
        assertThat(Explanations.rules(List.of(RuleId.NURSING_SEVERE_GRADE, RuleId.NURSING_ALIVE)))
                .isEqualTo(Explanations.rule(RuleId.NURSING_SEVERE_GRADE) + "；" + Explanations.rule(RuleId.NURSING_ALIVE));
    }

    @Test
    void noticesNameTheAllowanceTheMonthAndTheAmount() {
        assertThat(Explanations.granted(nursing)).contains("重度残疾人护理补贴", "496.50元", "2026-12", "放弃");
        assertThat(Explanations.amountChanged(nursing, YearMonth.of(2027, 3))).contains("2027-03", "496.50元");
        assertThat(Explanations.resumed(nursing, YearMonth.of(2027, 3))).contains("恢复发放", "2027-03");
        assertThat(Explanations.suspended(nursing, YearMonth.of(2027, 3), "原因")).endsWith("暂停发放：原因")
                .contains("2027-03");
        assertThat(Explanations.terminated(nursing, YearMonth.of(2027, 3), "死亡")).contains("已终止", "2027-03", "死亡");
        assertThat(Explanations.declined(nursing.decline(YearMonth.of(2026, 11)))).contains("放弃", "2026-11");
        assertThat(Explanations.overpaid(nursing, 2, 99300)).contains("2个月", "993.00元", "退回");
        assertThat(Explanations.byCaseworker("核查")).endsWith("：核查");
        assertThat(Explanations.allowanceName(Allowance.LIVING)).isEqualTo("困难残疾人生活补贴 (living allowance)");
    }

    @Test
    void aGrantAcrossAPolicyChangeNamesEachVersionsAmountFromItsMonth() {
        Entitlement late = Entitlement.grant(nursing.personId(), nursing.idNumber(), Allowance.NURSING, "330102",
                YearMonth.of(2026, 7), 45000);
        String text = Explanations.granted(late, List.of(new ScheduledAmount(YearMonth.of(2026, 7), 40000, 1L),
                new ScheduledAmount(YearMonth.of(2026, 10), 45000, 2L)));

        assertThat(text).contains("自2026-07起每月400.00元，自2026-10起每月450.00元", "补发", "放弃");
        assertThat(Explanations.granted(late, List.of(new ScheduledAmount(YearMonth.of(2026, 7), 45000, 2L))))
                .isEqualTo(Explanations.granted(late)).doesNotContain("补发");
    }

    @ParameterizedTest
    @EnumSource(EndReason.class)
    void everyEndingHasItsWords(EndReason reason) {
        assertThat(Explanations.ending(reason)).containsPattern("\\p{IsHan}");
    }

    @Test
    void overpaymentReasonsFollowTheTransition() {
        assertThat(Explanations.overpaymentReason(new Transition.Suspend(nursing, YearMonth.of(2027, 1), "R", "w")))
                .isEqualTo("暂停后已发放 (instructed after suspension): R");
        assertThat(Explanations.overpaymentReason(new Transition.Terminate(nursing, YearMonth.of(2027, 1), "T")))
                .isEqualTo("T");
        assertThat(Explanations.overpaymentReason(new Transition.Decline(nursing))).startsWith("放弃后已发放");
        assertThatThrownBy(() -> Explanations.overpaymentReason(Transition.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

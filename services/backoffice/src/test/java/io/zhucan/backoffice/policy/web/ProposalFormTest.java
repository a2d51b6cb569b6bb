package io.zhucan.backoffice.policy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class ProposalFormTest {

    @Test
    void anEmptyProposalNamesTheMonthTheReasonAndThatSomethingMustChange() {
        ProposalForm form = new ProposalForm();
        var errors = new BeanPropertyBindingResult(form, "proposal");

        form.check(errors);

        assertThat(errors.getFieldErrors()).extracting(e -> e.getField() + ":" + e.getCode()).containsExactly(
                "effectiveMonth:proposal.effectiveMonth.required", "reason:proposal.reason.required",
                "allowance:proposal.change.required");
    }

    @Test
    void anAmountChangeIsSentInFenFromTheFirstOfTheMonth() {
        ProposalForm form = new ProposalForm();
        form.setEffectiveMonth("2027-01");
        form.setReason("浙残联〔2026〕12号");
        form.setAllowance("NURSING");
        form.setRegion("330106");
        form.setMonthlyAmount(new BigDecimal("520"));
        var errors = new BeanPropertyBindingResult(form, "proposal");
        form.check(errors);
        assertThat(errors.hasErrors()).isFalse();

        Map<String, Object> request = form.request();

        assertThat(request).containsEntry("effectiveFrom", "2027-01-01").containsEntry("rules", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> amount = ((List<Map<String, Object>>) request.get("amounts")).getFirst();
        assertThat(amount).containsEntry("allowance", "NURSING").containsEntry("region", "330106")
                .containsEntry("grade", null).containsEntry("monthlyAmountFen", 52000L);
        assertThat((List<?>) request.get("amounts")).hasSize(1);
    }

    @Test
    void aRuleChangeAloneIsAChange() {
        ProposalForm form = new ProposalForm();
        form.setEffectiveMonth("2027-13");
        form.setReason("r");
        form.setRuleId("LIVING.LOW_INCOME");
        form.setRuleParameter(" DIBAO,TEKUN ");
        var errors = new BeanPropertyBindingResult(form, "proposal");
        form.check(errors);

        assertThat(errors.getFieldErrors()).extracting(e -> e.getCode()).containsExactly("proposal.effectiveMonth.format");
        assertThat(form.request()).containsEntry("amounts", List.of()).containsEntry("rules",
                Map.of("LIVING.LOW_INCOME", Map.of("enabled", true, "parameter", "DIBAO,TEKUN")));
    }
}

package io.zhucan.backoffice.policy.web;

import io.zhucan.backoffice.shared.web.Yuan;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * An operator's proposed policy change: from which month, why, and one amount and/or one rule
 * setting. Only presence and form are checked here; whether the change is valid is subsidy's rule.
 */
public class ProposalForm {

    private String effectiveMonth = "";
    private String reason = "";
    private String allowance = "";
    private String region = "";
    private String grade = "";
    /** 元; empty removes a county's own amount (the province's cannot be removed: subsidy says so). */
    private @Nullable BigDecimal monthlyAmount;
    private String ruleId = "";
    /** Unticked means the rule is on (a checkbox sent unticked is false, so "off" is the one to tick). */
    private boolean ruleDisabled;
    private String ruleParameter = "";

    void check(Errors errors) {
        if (!effectiveMonth.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            errors.rejectValue("effectiveMonth", effectiveMonth.isBlank() ? "proposal.effectiveMonth.required"
                    : "proposal.effectiveMonth.format");
        }
        if (reason.isBlank()) {
            errors.rejectValue("reason", "proposal.reason.required");
        }
        if (allowance.isBlank() && ruleId.isBlank()) {
            errors.rejectValue("allowance", "proposal.change.required");
        }
        if (!allowance.isBlank() && region.isBlank()) {
            errors.rejectValue("region", "proposal.region.required");
        }
        if (!Yuan.valid(monthlyAmount) && !errors.hasFieldErrors("monthlyAmount")) {
            errors.rejectValue("monthlyAmount", "action.field.monthlyAmount.format");
        }
    }

    /** The body of {@code POST /api/subsidies/policy/proposals}. */
    Map<String, Object> request() {
        Map<String, Object> amount = new HashMap<>();
        amount.put("allowance", allowance);
        amount.put("region", region);
        amount.put("grade", grade.isBlank() ? null : grade);
        amount.put("monthlyAmountFen", Yuan.fen(monthlyAmount));
        return Map.of("effectiveFrom", effectiveMonth + "-01", "reason", reason,
                "amounts", allowance.isBlank() ? List.of() : List.of(amount),
                "rules", ruleId.isBlank() ? Map.of()
                        : Map.of(ruleId, Map.of("enabled", !ruleDisabled, "parameter", ruleParameter.strip())));
    }

    public String getEffectiveMonth() {
        return effectiveMonth;
    }

    public void setEffectiveMonth(String effectiveMonth) {
        this.effectiveMonth = effectiveMonth.strip();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason.strip();
    }

    public String getAllowance() {
        return allowance;
    }

    public void setAllowance(String allowance) {
        this.allowance = allowance;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public @Nullable BigDecimal getMonthlyAmount() {
        return monthlyAmount;
    }

    public void setMonthlyAmount(@Nullable BigDecimal monthlyAmount) {
        this.monthlyAmount = monthlyAmount;
    }

    public String getRuleId() {
        return ruleId;
    }

    public void setRuleId(String ruleId) {
        this.ruleId = ruleId;
    }

    public boolean isRuleDisabled() {
        return ruleDisabled;
    }

    public void setRuleDisabled(boolean ruleDisabled) {
        this.ruleDisabled = ruleDisabled;
    }

    public String getRuleParameter() {
        return ruleParameter;
    }

    public void setRuleParameter(String ruleParameter) {
        this.ruleParameter = ruleParameter;
    }
}

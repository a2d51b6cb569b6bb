package io.zhucan.backoffice.personfile.web;

import io.zhucan.backoffice.shared.web.Yuan;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The fields of the person file's actions (each action uses some, see {@link PersonAction}). Only
 * presence and form are checked here, so the summary can point at a missing field; every rule is
 * the service's.
 */
public class ActionForm {

    private String reason = "";
    private String toCounty = "";
    private boolean homeAssessmentRequested;
    private String cancellationReason = "";
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate effectiveOn;
    private String allowance = "";
    private String overrideAction = "";
    /** The reference of the citizen's signed declaration (declining an allowance). */
    private String declaration = "";
    /** In 元 as typed (e.g. 496 or 496.50); sent in fen. */
    private @Nullable BigDecimal monthlyAmount;

    void check(PersonAction action, Errors errors) {
        for (String field : action.fieldList()) {
            Object value = errors.getFieldValue(field);
            boolean required = !field.equals("monthlyAmount") && !field.equals("homeAssessmentRequested");
            if (required && (value == null || value.toString().isBlank()) && !errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "action.field." + field + ".required");
            }
        }
        if (!Yuan.valid(monthlyAmount)) {
            errors.rejectValue("monthlyAmount", "action.field.monthlyAmount.format");
        }
    }

    @Nullable Long monthlyAmountFen() {
        return Yuan.fen(monthlyAmount);
    }

    public String getDeclaration() {
        return declaration;
    }

    public void setDeclaration(String declaration) {
        this.declaration = declaration.strip();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason.strip();
    }

    public String getToCounty() {
        return toCounty;
    }

    public void setToCounty(String toCounty) {
        this.toCounty = toCounty;
    }

    public boolean isHomeAssessmentRequested() {
        return homeAssessmentRequested;
    }

    public void setHomeAssessmentRequested(boolean homeAssessmentRequested) {
        this.homeAssessmentRequested = homeAssessmentRequested;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }

    public @Nullable LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(@Nullable LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getAllowance() {
        return allowance;
    }

    public void setAllowance(String allowance) {
        this.allowance = allowance;
    }

    public String getOverrideAction() {
        return overrideAction;
    }

    public void setOverrideAction(String overrideAction) {
        this.overrideAction = overrideAction;
    }

    public @Nullable BigDecimal getMonthlyAmount() {
        return monthlyAmount;
    }

    public void setMonthlyAmount(@Nullable BigDecimal monthlyAmount) {
        this.monthlyAmount = monthlyAmount;
    }
}

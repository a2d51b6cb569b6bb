package io.zhucan.backoffice.shared.web;

import java.util.Map;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Ties a service's refusal to the form fields it is about, so the error stands beside its field and
 * in the error summary: the fields a 400 names, and a rule id by the form's own table (e.g. the
 * rule {@code transfer} is about the destination county). What names no field stays a page refusal.
 */
public final class FieldRefusals {

    private FieldRefusals() {
    }

    /**
     * Sends a form that passed its own checks: the service's refusal goes to its field, or to the
     * page as {@code refusal}. True when the service did it.
     */
    public static boolean send(BindingResult errors, Model model, Map<String, String> fieldOf, Runnable call) {
        if (errors.hasErrors()) {
            return false;
        }
        try {
            call.run();
            return true;
        } catch (ServiceRefusal refusal) {
            if (!bind(refusal, errors, fieldOf)) {
                model.addAttribute("refusal", refusal);
            }
            return false;
        }
    }

    /**
     * @param fieldOf the service's field name or rule id → the form's field (same name if absent)
     * @return whether the refusal was put on a field
     */
    public static boolean bind(ServiceRefusal refusal, BindingResult errors, Map<String, String> fieldOf) {
        var form = PropertyAccessorFactory.forBeanPropertyAccess(errors.getTarget());
        boolean bound = false;
        for (var named : refusal.fields().entrySet()) {
            String field = fieldOf.getOrDefault(named.getKey(), named.getKey());
            if (form.isReadableProperty(field)) {
                errors.rejectValue(field, "service", named.getValue());
                bound = true;
            }
        }
        String ruleField = refusal.rule() == null ? null : fieldOf.get(refusal.rule());
        if (ruleField != null && form.isReadableProperty(ruleField)) {
            errors.rejectValue(ruleField, "service", refusal.detail() + " (" + refusal.rule() + ")");
            bound = true;
        }
        return bound;
    }
}

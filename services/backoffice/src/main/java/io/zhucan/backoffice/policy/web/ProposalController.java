package io.zhucan.backoffice.policy.web;

import io.zhucan.backoffice.shared.web.Counties;
import io.zhucan.backoffice.shared.web.FieldRefusals;
import io.zhucan.backoffice.shared.web.Gateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 提出政策变更: an operator proposes a change of amounts or rules; it becomes a version only when a
 * second operator approves it under 待复核. The proposal's own page (its impact preview) is
 * {@code /policy/proposals/{id}}, not built here: the banner names the request it will show.
 */
@Controller
class ProposalController {

    /** subsidy's rule ids → the field they are about. */
    private static final Map<String, String> FIELD_OF = Map.of("policy-effective-date", "effectiveMonth",
            "policy-reason", "reason", "policy-change-empty", "allowance", "policy-region", "region",
            "policy-amount", "monthlyAmount", "policy-rule", "ruleParameter", "effectiveFrom", "effectiveMonth");

    /** The rules an operator may set (subsidy's configurable ones). */
    private static final List<String> RULES = List.of("LIVING.LOW_INCOME", "LIVING.EXCLUDE.ORPHAN_ALLOWANCE",
            "NURSING.SEVERE_GRADE", "NURSING.EXCLUDE.INSTITUTIONAL_CARE", "NURSING.EXCLUDE.CARE_BENEFIT");

    private final Gateway gateway;

    ProposalController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/policy/proposals/new")
    @PreAuthorize("hasRole('operator')")
    String form(@ModelAttribute("proposal") ProposalForm form, Model model) {
        return page(model);
    }

    @PostMapping("/policy/proposals")
    @PreAuthorize("hasRole('operator')")
    String propose(@ModelAttribute("proposal") ProposalForm form, BindingResult errors, Model model,
            RedirectAttributes next) {
        form.check(errors);
        Map<?, ?>[] request = new Map<?, ?>[1];
        if (FieldRefusals.send(errors, model, FIELD_OF,
                () -> request[0] = gateway.post(Map.class, form.request(), "/api/subsidies/policy/proposals"))) {
            next.addFlashAttribute("proposed", request[0].get("id"));
            return "redirect:/policy";
        }
        return page(model);
    }

    private static String page(Model model) {
        List<String> regions = new ArrayList<>(List.of("330000"));
        regions.addAll(Counties.ALL);
        model.addAttribute("regions", regions);
        model.addAttribute("allowances", List.of("LIVING", "NURSING"));
        model.addAttribute("grades", List.of("GRADE_1", "GRADE_2", "GRADE_3", "GRADE_4"));
        model.addAttribute("rules", RULES);
        return "policy-proposal";
    }
}

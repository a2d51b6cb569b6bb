package io.zhucan.backoffice.rehabilitation.web;

import io.zhucan.backoffice.shared.web.FieldRefusals;
import io.zhucan.backoffice.shared.web.Parts;
import io.zhucan.backoffice.shared.web.ServiceRefusal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 康复工作队列: the region's rehabilitation needs by status (the longest waiting first) with their
 * main step, recording what the assessment found; and the rented devices past their return date,
 * to record their return. Region, access and the needs' life are the rehabilitation service's.
 */
@Controller
class RehabilitationController {

    static final List<String> STATUSES = List.of("OPEN", "ASSESSED", "PLANNED", "CLOSED");
    static final List<String> SERVICES = List.of("MEDICAL_REHABILITATION", "TRAINING", "ASSISTIVE_DEVICE",
            "HOME_MODIFICATION", "PSYCHOLOGICAL_SUPPORT", "AUTISM_SERVICES");

    private final Rehabilitation rehabilitation;

    RehabilitationController(Rehabilitation rehabilitation) {
        this.rehabilitation = rehabilitation;
    }

    @GetMapping("/rehabilitation")
    @PreAuthorize("hasAnyRole('caseworker', 'rehab-professional')")
    String queue(@RequestParam(defaultValue = "OPEN") String status, Model model) {
        if (!STATUSES.contains(status)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("status", status);
        Parts.add(model, "needs", () -> rehabilitation.needs(status));
        Parts.add(model, "rentals", rehabilitation::overdueRentals);
        return "rehabilitation";
    }

    @GetMapping("/rehabilitation/needs/{id}/assessment")
    @PreAuthorize("hasAnyRole('caseworker', 'rehab-professional')")
    String assessment(@PathVariable UUID id, @ModelAttribute("assessment") AssessmentForm form, Model model) {
        model.addAttribute("need", rehabilitation.need(id));
        model.addAttribute("services", SERVICES);
        return "rehab-assessment";
    }

    @PostMapping("/rehabilitation/needs/{id}/assessment")
    @PreAuthorize("hasAnyRole('caseworker', 'rehab-professional')")
    String assess(@PathVariable UUID id, @ModelAttribute("assessment") AssessmentForm form, BindingResult errors,
            Model model, RedirectAttributes next) {
        form.check(errors);
        if (FieldRefusals.send(errors, model, Map.of(), () -> rehabilitation.assess(id, form.getNeeds()))) {
            next.addFlashAttribute("assessed", true);
            return "redirect:/rehabilitation";
        }
        return assessment(id, form, model);
    }

    @PostMapping("/rehabilitation/fittings/{id}/returned")
    @PreAuthorize("hasAnyRole('caseworker', 'rehab-professional')")
    String returned(@PathVariable UUID id, Model model, RedirectAttributes next) {
        try {
            rehabilitation.returned(id);
            next.addFlashAttribute("returned", true);
            return "redirect:/rehabilitation";
        } catch (ServiceRefusal refusal) {
            String page = queue("OPEN", model);
            model.addAttribute("refusal", refusal);
            return page;
        }
    }
}

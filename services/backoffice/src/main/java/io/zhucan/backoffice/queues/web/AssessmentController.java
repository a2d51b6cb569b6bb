package io.zhucan.backoffice.queues.web;

import io.zhucan.backoffice.shared.web.ServiceRefusal;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 评定: the assessor records the category and grade of an application. */
@Controller
class AssessmentController {

    private final Certification certification;

    AssessmentController(Certification certification) {
        this.certification = certification;
    }

    @GetMapping("/queues/applications/{id}/assessment")
    @PreAuthorize("hasRole('assessor')")
    String form(@PathVariable UUID id, Model model) {
        model.addAttribute("assessment", new AssessmentForm());
        return page(id, model);
    }

    @PostMapping("/queues/applications/{id}/assessment")
    @PreAuthorize("hasRole('assessor')")
    String record(@PathVariable UUID id, @Valid @ModelAttribute("assessment") AssessmentForm form, BindingResult errors,
            Model model, RedirectAttributes next) {
        if (!errors.hasErrors()) {
            try {
                next.addFlashAttribute("assessedDone", certification.assess(id, form));
                return "redirect:/queues";
            } catch (ServiceRefusal refusal) {
                model.addAttribute("refusal", refusal);
            }
        }
        return page(id, model);
    }

    private String page(UUID id, Model model) {
        model.addAttribute("pending", certification.application(id));
        model.addAttribute("categories", DisabilityCategory.values());
        model.addAttribute("grades", DisabilityGrade.values());
        return "assessment";
    }
}

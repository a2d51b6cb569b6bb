package io.zhucan.backoffice.queues.web;

import io.zhucan.backoffice.shared.web.ServiceRefusal;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 审核: the reviewer approves or rejects. Whether this reviewer may decide (four-eyes: never the
 * registrar or assessor of the case) is certification's rule; the page shows its refusal as given.
 */
@Controller
class ReviewController {

    private final Certification certification;

    ReviewController(Certification certification) {
        this.certification = certification;
    }

    @GetMapping("/queues/applications/{id}/review")
    @PreAuthorize("hasRole('reviewer')")
    String review(@PathVariable UUID id, Model model) {
        model.addAttribute("pending", certification.application(id));
        return "review";
    }

    @PostMapping("/queues/applications/{id}/approval")
    @PreAuthorize("hasRole('reviewer')")
    String approve(@PathVariable UUID id, Model model, RedirectAttributes next) {
        try {
            next.addFlashAttribute("decided", certification.approve(id));
            return "redirect:/queues";
        } catch (ServiceRefusal refusal) {
            model.addAttribute("refusal", refusal);
            return review(id, model);
        }
    }

    @PostMapping("/queues/applications/{id}/rejection")
    @PreAuthorize("hasRole('reviewer')")
    String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes next) {
        if (reason.isBlank() || reason.length() > 500) {
            model.addAttribute("reasonMissing", true);
            return review(id, model);
        }
        try {
            next.addFlashAttribute("decided", certification.reject(id, reason));
            return "redirect:/queues";
        } catch (ServiceRefusal refusal) {
            model.addAttribute("refusal", refusal);
            return review(id, model);
        }
    }
}

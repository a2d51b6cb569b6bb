package io.zhucan.backoffice.approval.web;

import io.zhucan.backoffice.shared.web.ServiceRefusal;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 四眼复核: the requests for a second person's approval this user may decide (policy changes and
 * early payment runs for operators, grants above the policy amount for reviewers). Who may decide,
 * and that the requester never does, is subsidy's rule: the page shows its refusal as given.
 */
@Controller
class ApprovalController {

    private final Approvals approvals;

    ApprovalController(Approvals approvals) {
        this.approvals = approvals;
    }

    @GetMapping("/approvals")
    @PreAuthorize("hasAnyRole('operator', 'reviewer')")
    String pending(Model model) {
        model.addAttribute("requests", approvals.pending());
        return "approvals";
    }

    @PostMapping("/approvals/{id}/approve")
    @PreAuthorize("hasAnyRole('operator', 'reviewer')")
    String approve(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID previewId, Model model,
            RedirectAttributes next) {
        try {
            approvals.approve(id, previewId);
            next.addFlashAttribute("approved", true);
            return "redirect:/approvals";
        } catch (ServiceRefusal refusal) {
            model.addAttribute("refusal", refusal);
            return previewId == null ? pending(model) : preview(id, model);
        }
    }

    /**
     * A policy change is approved from its impact preview (影响预览): what it would change, per city and
     * county, which subsidy records this user as having seen; the approval names that preview.
     */
    @GetMapping("/approvals/{id}/preview")
    @PreAuthorize("hasRole('operator')")
    String preview(@PathVariable UUID id, Model model) {
        // the maker previews their own proposal too, though it is not theirs to decide (not in their list)
        model.addAttribute("request", approvals.pending().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElse(null));
        model.addAttribute("proposalId", id);
        approvals.latestPreview(id).ifPresent(preview -> {
            model.addAttribute("preview", preview);
            model.addAttribute("rows", Stream.concat(Stream.of(preview.province()), preview.cities().stream()).toList());
        });
        return "approval-preview";
    }

    @PostMapping("/approvals/{id}/preview")
    @PreAuthorize("hasRole('operator')")
    String runPreview(@PathVariable UUID id, Model model) {
        try {
            approvals.runPreview(id);
            return "redirect:/approvals/" + id + "/preview";
        } catch (ServiceRefusal refusal) {
            model.addAttribute("refusal", refusal);
            return preview(id, model);
        }
    }

    @PostMapping("/approvals/{id}/reject")
    @PreAuthorize("hasAnyRole('operator', 'reviewer')")
    String reject(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes next) {
        if (reason.isBlank() || reason.length() > 500) {
            model.addAttribute("reasonMissing", id);
            return pending(model);
        }
        try {
            approvals.reject(id, reason);
            next.addFlashAttribute("rejected", true);
            return "redirect:/approvals";
        } catch (ServiceRefusal refusal) {
            model.addAttribute("refusal", refusal);
            return pending(model);
        }
    }
}

package io.zhucan.subsidy.approval.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.approval.application.ApprovalService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The second person (四眼原则): requests waiting for approval, and their decision. */
@RestController
@RequestMapping("/api/subsidies/approvals")
@PreAuthorize("hasAnyRole('operator', 'reviewer')")
@Tag(name = "approvals", description = "Maker-checker: policy changes, grants above the policy amount, early payment runs")
class ApprovalController {

    private final ApprovalService approvals;

    ApprovalController(ApprovalService approvals) {
        this.approvals = approvals;
    }

    @GetMapping
    @Operation(summary = "Pending requests I may decide (operators: policy and runs; reviewers: grants of my region)")
    List<Approval> pending(CurrentUser user) {
        return approvals.pendingFor(user);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a request made by someone else: it is carried out now, with both names kept. "
            + "A policy change needs the id of its latest impact preview, opened by the approver (previewId)")
    Approval approve(CurrentUser user, @PathVariable UUID id, @RequestBody(required = false) Confirmation confirmation) {
        return approvals.approve(id, user, confirmation == null ? null : confirmation.previewId());
    }

    /** What the approver saw before approving: for a policy change, the impact preview's id. */
    record Confirmation(@Nullable UUID previewId) {
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject a request made by someone else, with a reason")
    Approval reject(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Rejection rejection) {
        return approvals.reject(id, user, rejection.reason());
    }

    /** Why a request is rejected. */
    record Rejection(@NotBlank @Size(max = 500) String reason) {
    }
}

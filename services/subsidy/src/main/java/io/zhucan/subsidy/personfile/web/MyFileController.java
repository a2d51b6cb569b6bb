package io.zhucan.subsidy.personfile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.entitlement.application.EntitlementService;
import io.zhucan.subsidy.personfile.application.MyFileQuery;
import io.zhucan.subsidy.personfile.application.SubsidyReads.NotificationView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.OverpaymentView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.PaymentView;
import io.zhucan.subsidy.personfile.web.SubsidyViews.DecisionResponse;
import io.zhucan.subsidy.personfile.web.SubsidyViews.EntitlementResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The citizen's own allowances (免申即享): nothing to apply for, only to see, and to decline if they wish. */
@RestController
@RequestMapping("/api/subsidies/me")
@PreAuthorize("hasRole('citizen')")
@Tag(name = "citizen", description = "The citizen's own allowances, decisions, payments and notifications")
class MyFileController {

    private final MyFileQuery mine;
    private final EntitlementService entitlements;

    MyFileController(MyFileQuery mine, EntitlementService entitlements) {
        this.mine = mine;
        this.entitlements = entitlements;
    }

    @GetMapping("/entitlements")
    @Operation(summary = "My allowances, granted without application")
    List<EntitlementResponse> entitlements(CurrentUser user) {
        return mine.entitlements(user).stream().map(EntitlementResponse::of).toList();
    }

    @GetMapping("/decisions")
    @Operation(summary = "The decisions on my allowances, in plain words")
    List<DecisionResponse> decisions(CurrentUser user) {
        return mine.decisions(user).stream().map(DecisionResponse::of).toList();
    }

    @GetMapping("/payments")
    @Operation(summary = "My payments, month by month")
    List<PaymentView> payments(CurrentUser user) {
        return mine.payments(user);
    }

    @GetMapping("/overpayments")
    @Operation(summary = "Amounts paid after my entitlement ended, to be returned")
    List<OverpaymentView> overpayments(CurrentUser user) {
        return mine.overpayments(user);
    }

    @GetMapping("/notifications")
    @Operation(summary = "What happened to my allowances (granted, changed, suspended, ...)")
    List<NotificationView> notifications(CurrentUser user) {
        return mine.notifications(user);
    }

    @PostMapping("/entitlements/{entitlementId}/decline")
    @Operation(summary = "Decline an allowance granted to me: nothing is paid after the current month")
    EntitlementResponse decline(CurrentUser user, @PathVariable UUID entitlementId) {
        return EntitlementResponse.of(entitlements.decline(user, entitlementId));
    }
}

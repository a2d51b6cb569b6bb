package io.zhucan.subsidy.entitlement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.application.EntitlementService;
import io.zhucan.subsidy.entitlement.application.SubsidyQueries;
import io.zhucan.subsidy.entitlement.application.SubsidyQueries.NotificationView;
import io.zhucan.subsidy.entitlement.application.SubsidyQueries.OverpaymentView;
import io.zhucan.subsidy.entitlement.application.SubsidyQueries.PaymentView;
import io.zhucan.subsidy.entitlement.application.SubsidyReadService;
import io.zhucan.subsidy.entitlement.web.SubsidyViews.DecisionResponse;
import io.zhucan.subsidy.entitlement.web.SubsidyViews.EntitlementResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
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
class CitizenSubsidyController {

    private final SubsidyReadService reads;
    private final EntitlementService entitlements;
    private final PersonAccess access;

    CitizenSubsidyController(SubsidyReadService reads, EntitlementService entitlements, PersonAccess access) {
        this.reads = reads;
        this.entitlements = entitlements;
        this.access = access;
    }

    @GetMapping("/entitlements")
    @Operation(summary = "My allowances, granted without application")
    List<EntitlementResponse> entitlements(CurrentUser user) {
        return queries(user, "subsidy/entitlements").entitlements(me(user)).stream().map(EntitlementResponse::of)
                .toList();
    }

    @GetMapping("/decisions")
    @Operation(summary = "The decisions on my allowances, in plain words")
    List<DecisionResponse> decisions(CurrentUser user) {
        return queries(user, "subsidy/decisions").decisions(me(user), 100).stream().map(DecisionResponse::of).toList();
    }

    @GetMapping("/payments")
    @Operation(summary = "My payments, month by month")
    List<PaymentView> payments(CurrentUser user) {
        return queries(user, "subsidy/payments").payments(me(user), 240);
    }

    @GetMapping("/overpayments")
    @Operation(summary = "Amounts paid after my entitlement ended, to be returned")
    List<OverpaymentView> overpayments(CurrentUser user) {
        return queries(user, "subsidy/overpayments").overpayments(me(user));
    }

    @GetMapping("/notifications")
    @Operation(summary = "What happened to my allowances (granted, changed, suspended, ...)")
    List<NotificationView> notifications(CurrentUser user) {
        return queries(user, "subsidy/notifications").notifications(me(user), 100);
    }

    @PostMapping("/entitlements/{entitlementId}/decline")
    @Operation(summary = "Decline an allowance granted to me: nothing is paid after the current month")
    EntitlementResponse decline(CurrentUser user, @PathVariable UUID entitlementId) {
        Entitlement entitlement = entitlements.find(entitlementId);
        access.self(user, entitlement.personId(), "subsidy/entitlement/decline");
        entitlements.decline(entitlementId);
        return reads.queries().entitlements(entitlement.personId()).stream()
                .filter(e -> e.id().equals(entitlementId)).map(EntitlementResponse::of).findFirst().orElseThrow();
    }

    private SubsidyQueries queries(CurrentUser user, String resource) {
        UUID me = me(user);
        access.read(user, me, reads.countyOf(me).orElse("000000"), resource);
        return reads.queries();
    }

    private static UUID me(CurrentUser user) {
        if (user.personId() == null) {
            throw new AccessDeniedException("the token names no person");
        }
        return user.personId();
    }
}

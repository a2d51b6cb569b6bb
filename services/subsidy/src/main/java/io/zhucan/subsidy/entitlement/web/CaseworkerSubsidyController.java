package io.zhucan.subsidy.entitlement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.PersonalData;
import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.subsidy.common.NotFoundException;
import io.zhucan.subsidy.entitlement.application.EntitlementService;
import io.zhucan.subsidy.entitlement.application.EntitlementService.OverrideAction;
import io.zhucan.subsidy.entitlement.application.SubsidyQueries.ExceptionView;
import io.zhucan.subsidy.entitlement.application.SubsidyQueries.OverpaymentView;
import io.zhucan.subsidy.entitlement.application.SubsidyQueries.PaymentView;
import io.zhucan.subsidy.entitlement.application.SubsidyReadService;
import io.zhucan.subsidy.entitlement.web.SubsidyViews.DecisionResponse;
import io.zhucan.subsidy.entitlement.web.SubsidyViews.EntitlementResponse;
import io.zhucan.subsidy.facts.PersonFacts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
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

/** Caseworkers and reviewers: the cases of their region (属地管理), the exception queue, manual overrides. */
@RestController
@RequestMapping("/api/subsidies")
@Tag(name = "caseworker", description = "A person's allowances for staff of the person's county; exceptions; overrides")
class CaseworkerSubsidyController {

    private final SubsidyReadService reads;
    private final EntitlementService entitlements;
    private final PersonAccess access;

    CaseworkerSubsidyController(SubsidyReadService reads, EntitlementService entitlements, PersonAccess access) {
        this.reads = reads;
        this.entitlements = entitlements;
        this.access = access;
    }

    @GetMapping("/persons/{personId}")
    @PreAuthorize("hasAnyRole('caseworker', 'reviewer')")
    @Operation(summary = "A person's subsidy case: facts (masked), entitlements, decisions, payments, overpayments")
    PersonCase person(CurrentUser user, @PathVariable UUID personId) {
        PersonFacts facts = reads.facts(personId).filter(PersonFacts::hasCertificate)
                .orElseThrow(() -> new NotFoundException("no certificate holder " + personId));
        access.read(user, personId, facts.certificate().county(), "subsidy/case");
        var q = reads.queries();
        return new PersonCase(personId, PersonalData.maskIdNumber(facts.idNumber()), facts.certificate().county(),
                facts.certificate().category().name(), facts.certificate().grade().name(),
                facts.certificate().status().name(),
                facts.lowIncome() == null ? null : facts.lowIncome().value().name(),
                q.entitlements(personId).stream().map(EntitlementResponse::of).toList(),
                q.decisions(personId, 50).stream().map(DecisionResponse::of).toList(),
                q.payments(personId, 120), q.overpayments(personId));
    }

    @GetMapping("/exceptions")
    @PreAuthorize("hasAnyRole('caseworker', 'reviewer')")
    @Operation(summary = "Open exception cases (undecidable, payments failing) of my region")
    List<ExceptionView> exceptions(CurrentUser user) {
        if (user.region() == null) {
            return List.of();
        }
        return reads.queries().openExceptions(user.region(), 500);
    }

    @PostMapping("/persons/{personId}/allowances/{allowance}/override")
    @PreAuthorize("hasRole('reviewer')")
    @Operation(summary = "Manual override by a reviewer, with a reason (audited)")
    EntitlementResponse override(CurrentUser user, @PathVariable UUID personId, @PathVariable Allowance allowance,
            @Valid @RequestBody OverrideRequest request) {
        String county = reads.countyOf(personId)
                .orElseThrow(() -> new NotFoundException("no certificate holder " + personId));
        access.act(user, personId, county, "subsidy/override");
        var result = entitlements.override(user, personId, allowance, request.action(), request.reason(),
                request.monthlyAmountFen());
        return reads.queries().entitlements(personId).stream().filter(e -> e.id().equals(result.id()))
                .map(EntitlementResponse::of).findFirst().orElseThrow();
    }

    /** A reviewer's override. */
    record OverrideRequest(@NotNull OverrideAction action, @NotBlank @Size(max = 500) String reason,
            @Nullable @PositiveOrZero Long monthlyAmountFen) {
    }

    /** One person's case as staff see it (ID number masked). */
    record PersonCase(UUID personId, String idNumberMasked, String county, String category, String grade,
            String certificateStatus, @Nullable String lowIncomeStatus, List<EntitlementResponse> entitlements,
            List<DecisionResponse> decisions, List<PaymentView> payments, List<OverpaymentView> overpayments) {
    }
}

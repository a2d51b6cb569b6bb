package io.zhucan.subsidy.personfile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.entitlement.Overrides;
import io.zhucan.subsidy.entitlement.application.EntitlementService;
import io.zhucan.subsidy.entitlement.application.OverrideOutcome;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.personfile.application.PersonFileQuery;
import io.zhucan.subsidy.personfile.application.PersonFileQuery.SubsidyFile;
import io.zhucan.subsidy.personfile.application.SubsidyReads.OverpaymentView;
import io.zhucan.subsidy.personfile.application.SubsidyReads.PaymentView;
import io.zhucan.subsidy.personfile.web.SubsidyViews.DecisionResponse;
import io.zhucan.subsidy.personfile.web.SubsidyViews.EntitlementResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Caseworkers and reviewers: a person's subsidy case in their region (属地管理), manual overrides, a declining recorded. */
@RestController
@RequestMapping("/api/subsidies/persons/{personId}")
@Tag(name = "caseworker", description = "A person's allowances for staff of the person's county; exceptions; overrides")
class PersonFileController {

    private final PersonFileQuery files;
    private final EntitlementService entitlements;

    PersonFileController(PersonFileQuery files, EntitlementService entitlements) {
        this.files = files;
        this.entitlements = entitlements;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('caseworker', 'reviewer')")
    @Operation(summary = "A person's subsidy case: facts (masked), entitlements, decisions, payments, overpayments")
    PersonCase person(CurrentUser user, @PathVariable UUID personId) {
        SubsidyFile file = files.file(user, personId);
        PersonFacts facts = file.facts();
        return new PersonCase(personId, facts.idNumber().masked(), facts.certificate().county(),
                facts.certificate().category().name(), facts.certificate().grade().name(),
                facts.certificate().status().name(),
                facts.lowIncome() == null ? null : facts.lowIncome().value().name(),
                file.entitlements().stream().map(EntitlementResponse::of).toList(),
                file.decisions().stream().map(DecisionResponse::of).toList(), file.payments(), file.overpayments());
    }

    @PostMapping("/allowances/{allowance}/override")
    @PreAuthorize("hasRole('reviewer')")
    @Operation(summary = "Manual override by a reviewer, with a reason (audited). A grant at an amount above the "
            + "policy's waits for a second reviewer: 202 with the approval request (/api/subsidies/approvals)")
    ResponseEntity<?> override(CurrentUser user, @PathVariable UUID personId, @PathVariable Allowance allowance,
            @Valid @RequestBody OverrideRequest request) {
        return switch (entitlements.override(user, personId, allowance, request.action(), request.reason(),
                request.monthlyAmountFen())) {
            case OverrideOutcome.Applied applied -> ResponseEntity.ok(EntitlementResponse.of(applied.entitlement()));
            case OverrideOutcome.AwaitingApproval waiting -> ResponseEntity.accepted().body(waiting.approval());
        };
    }

    @PostMapping("/allowances/{allowance}/decline")
    @PreAuthorize("hasRole('caseworker')")
    @Operation(summary = "Record the citizen's own declining of an allowance, from their signed declaration "
            + "(its reference): nothing is paid after the current month, and the citizen is told")
    EntitlementResponse declineOnBehalf(CurrentUser user, @PathVariable UUID personId, @PathVariable Allowance allowance,
            @Valid @RequestBody DeclineRequest request) {
        return EntitlementResponse.of(entitlements.declineOnBehalf(user, personId, allowance,
                request.declaration().strip()));
    }

    /** The reference of the citizen's signed declaration (a form number, not their words). */
    record DeclineRequest(@NotBlank @Size(max = 60) @Pattern(regexp = "[\\p{Alnum}\\-/]+") String declaration) {
    }

    /** A reviewer's override. */
    record OverrideRequest(@NotNull Overrides.Action action, @NotBlank @Size(max = 500) String reason,
            @Nullable @PositiveOrZero Long monthlyAmountFen) {
    }

    /** One person's case as staff see it (ID number masked). */
    record PersonCase(UUID personId, String idNumberMasked, String county, String category, String grade,
            String certificateStatus, @Nullable String lowIncomeStatus, List<EntitlementResponse> entitlements,
            List<DecisionResponse> decisions, List<PaymentView> payments, List<OverpaymentView> overpayments) {
    }
}

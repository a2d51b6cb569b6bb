package io.zhucan.subsidy.payment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.payment.PaymentRun;
import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.payment.application.EarlyRuns;
import io.zhucan.subsidy.payment.application.PaymentRunService;
import io.zhucan.platform.domain.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators: the monthly payment runs (scheduled; startable again for any month, never paying twice). */
@RestController
@RequestMapping("/api/subsidies/admin/payment-runs")
@PreAuthorize("hasRole('operator')")
@Tag(name = "payment runs", description = "Monthly payment runs: one instruction per entitlement and month")
class PaymentRunController {

    private final PaymentRunService runs;
    private final EarlyRuns early;

    PaymentRunController(PaymentRunService runs, EarlyRuns early) {
        this.runs = runs;
        this.early = early;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start (or restart) the run of the current month, or of an earlier one not completed "
            + "(province-level operators); it runs in the background. The next month needs a second operator: /early")
    PaymentRun start(CurrentUser user, @Valid @RequestBody StartRequest request) {
        return runs.startByOperator(request.month(), user);
    }

    @PostMapping("/early")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Request the next month's run ahead of its 1st (e.g. before 春节); it starts when a second "
            + "province-level operator approves it at /api/subsidies/approvals")
    Approval requestEarly(CurrentUser user, @Valid @RequestBody EarlyRequest request) {
        return early.request(request.month(), request.reason(), user);
    }

    @GetMapping
    @Operation(summary = "The latest runs")
    List<PaymentRun> list() {
        return runs.latest();
    }

    @GetMapping("/{month}")
    @Operation(summary = "One run and its progress")
    PaymentRun get(@PathVariable YearMonth month) {
        return runs.find(month).orElseThrow(() -> new NotFoundException("no payment run for " + month));
    }

    /** Which month to instruct, e.g. {@code 2026-12}. */
    record StartRequest(@NotNull YearMonth month) {
    }

    /** The next month, and why it is paid early. */
    record EarlyRequest(@NotNull YearMonth month, @NotBlank @Size(max = 500) String reason) {
    }
}

package io.zhucan.subsidy.partner.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhucan.platform.events.PartnerFact;
import io.zhucan.platform.events.partner.CareBenefitEnded;
import io.zhucan.platform.events.partner.CareBenefitStarted;
import io.zhucan.platform.events.partner.DeathRegistered;
import io.zhucan.platform.events.partner.InstitutionalCareChanged;
import io.zhucan.platform.events.partner.IncomeReported;
import io.zhucan.platform.events.partner.LowIncomeStatusChanged;
import io.zhucan.platform.events.partner.OrphanAllowanceChanged;
import io.zhucan.platform.events.partner.PartnerEvents;
import io.zhucan.platform.events.partner.PaymentSettlementReported;
import io.zhucan.platform.events.partner.SettlementStatus;
import io.zhucan.platform.events.vocabulary.CareScheme;
import io.zhucan.platform.events.vocabulary.LowIncomeStatus;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.partner.application.PartnerIntakeService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partner departments post facts with their client-credentials token; the token's client id
 * ({@code azp}) must be the partner of the path. Idempotent by the partner's record id.
 */
@RestController
@RequestMapping("/api/partners")
@PreAuthorize("hasRole('partner')")
@Tag(name = "partner intake", description = "Facts from civil affairs and health insurance")
class PartnerFactsController {

    private static final String ID = "^[0-9]{17}[0-9X]$";

    private final PartnerIntakeService intake;
    private final Clock clock;

    PartnerFactsController(PartnerIntakeService intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    @PostMapping("/civil-affairs/low-income-status")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "低保 / 低保边缘 / 特困 status of a person's household changed")
    Accepted lowIncome(CurrentUser user, @Valid @RequestBody LowIncomeFact f) {
        return accept(user, PartnerEvents.CIVIL_AFFAIRS,
                new LowIncomeStatusChanged(f.factId(), now(), f.idNumber(), f.status(), f.effectiveFrom()));
    }

    @PostMapping("/civil-affairs/income")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The monthly income civil affairs assessed: household per capita and, where assessed, the person's own (fen)")
    Accepted income(CurrentUser user, @Valid @RequestBody IncomeFact f) {
        return accept(user, PartnerEvents.CIVIL_AFFAIRS, new IncomeReported(f.factId(), now(), f.idNumber(),
                f.householdPerCapitaMonthlyFen(), f.ownMonthlyFen(), f.effectiveFrom()));
    }

    @PostMapping("/civil-affairs/institutional-care")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The person entered or left state institutional support (集中供养)")
    Accepted institutionalCare(CurrentUser user, @Valid @RequestBody InstitutionalCareFact f) {
        return accept(user, PartnerEvents.CIVIL_AFFAIRS, new InstitutionalCareChanged(f.factId(), now(), f.idNumber(),
                f.inInstitutionalCare(), f.effectiveFrom()));
    }

    @PostMapping("/civil-affairs/orphan-allowance")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The person started or stopped receiving the orphan basic living allowance")
    Accepted orphanAllowance(CurrentUser user, @Valid @RequestBody OrphanAllowanceFact f) {
        return accept(user, PartnerEvents.CIVIL_AFFAIRS, new OrphanAllowanceChanged(f.factId(), now(), f.idNumber(),
                f.receiving(), f.effectiveFrom()));
    }

    @PostMapping("/civil-affairs/deaths")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "A death was registered (死亡登记)")
    Accepted death(CurrentUser user, @Valid @RequestBody DeathFact f) {
        return accept(user, PartnerEvents.CIVIL_AFFAIRS,
                new DeathRegistered(f.factId(), now(), f.idNumber(), f.dateOfDeath()));
    }

    @PostMapping("/civil-affairs/payment-settlements")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The result of one payment instruction: paid, or failed with a reason")
    Accepted settlement(CurrentUser user, @Valid @RequestBody SettlementFact f) {
        return accept(user, PartnerEvents.CIVIL_AFFAIRS, new PaymentSettlementReported(f.factId(), now(), f.idNumber(),
                f.instructionId(), f.status(), f.failureReason(), f.settledOn(), f.attempt()));
    }

    @PostMapping("/health-insurance/care-benefits/started")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "The person receives a care benefit (e.g. 长期护理保险) from a date")
    Accepted careStarted(CurrentUser user, @Valid @RequestBody CareStartedFact f) {
        return accept(user, PartnerEvents.HEALTH_INSURANCE,
                new CareBenefitStarted(f.factId(), now(), f.idNumber(), f.scheme(), f.startedOn()));
    }

    @PostMapping("/health-insurance/care-benefits/ended")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "A care benefit ended")
    Accepted careEnded(CurrentUser user, @Valid @RequestBody CareEndedFact f) {
        return accept(user, PartnerEvents.HEALTH_INSURANCE,
                new CareBenefitEnded(f.factId(), now(), f.idNumber(), f.scheme(), f.endedOn()));
    }

    private Accepted accept(CurrentUser user, String partner, PartnerFact fact) {
        boolean first = intake.accept(user, partner, fact);
        return new Accepted(fact.factId(), fact.eventId(), !first);
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /** The fact was accepted; {@code duplicate}: this record id had been received before (no second effect). */
    record Accepted(String factId, UUID eventId, boolean duplicate) {
    }

    record LowIncomeFact(@NotBlank @Size(max = 100) String factId, @NotNull @Pattern(regexp = ID) String idNumber,
            @NotNull LowIncomeStatus status, @NotNull LocalDate effectiveFrom) {
    }

    record IncomeFact(@NotBlank @Size(max = 100) String factId, @NotNull @Pattern(regexp = ID) String idNumber,
            @NotNull @PositiveOrZero Long householdPerCapitaMonthlyFen, @PositiveOrZero Long ownMonthlyFen,
            @NotNull LocalDate effectiveFrom) {
    }

    record InstitutionalCareFact(@NotBlank @Size(max = 100) String factId, @NotNull @Pattern(regexp = ID) String idNumber,
            boolean inInstitutionalCare, @NotNull LocalDate effectiveFrom) {
    }

    record OrphanAllowanceFact(@NotBlank @Size(max = 100) String factId, @NotNull @Pattern(regexp = ID) String idNumber,
            boolean receiving, @NotNull LocalDate effectiveFrom) {
    }

    record DeathFact(@NotBlank @Size(max = 100) String factId, @NotNull @Pattern(regexp = ID) String idNumber,
            @NotNull LocalDate dateOfDeath) {
    }

    record SettlementFact(@NotBlank @Size(max = 100) String factId, @NotNull @Pattern(regexp = ID) String idNumber,
            @NotNull UUID instructionId, @NotNull SettlementStatus status, @Nullable @Size(max = 500) String failureReason,
            @NotNull LocalDate settledOn, @Nullable @Min(1) Integer attempt) {
    }

    record CareStartedFact(@NotBlank @Size(max = 100) String factId, @NotNull @Pattern(regexp = ID) String idNumber,
            @NotNull CareScheme scheme, @NotNull LocalDate startedOn) {
    }

    record CareEndedFact(@NotBlank @Size(max = 100) String factId, @NotNull @Pattern(regexp = ID) String idNumber,
            @NotNull CareScheme scheme, @NotNull LocalDate endedOn) {
    }
}

package io.zhucan.rehabilitation.device;

import io.zhucan.platform.domain.FourEyesViolationException;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.rehabilitation.ReminderKind;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A fitting order for one device: the model chosen, its price and the co-pay split; a rental has a
 * return date. A device outside the person's categories and grades is only fitted with an override
 * reason, approved by a second person (four-eyes).
 */
public record Fitting(
        UUID id,
        UUID personId,
        String county,
        String deviceCode,
        String model,
        CoPay coPay,
        boolean rental,
        @Nullable LocalDate returnDueOn,
        FittingStatus status,
        @Nullable String overrideReason,
        String orderedBy,
        @Nullable String overrideApprovedBy,
        @Nullable LocalDate fittedOn,
        @Nullable LocalDate returnedOn,
        long version) {

    /** Orders {@code item} for a person; {@code suited} is the catalogue's verdict for their disabilities. */
    public static Fitting order(UUID id, UUID personId, String county, CatalogueItem item, boolean suited, String model,
            long priceFen, @Nullable LocalDate returnDueOn, @Nullable String overrideReason, String orderedBy,
            LocalDate today) {
        boolean rental = returnDueOn != null;
        if (rental && !item.rentalAllowed()) {
            throw new RuleViolationException("rental-allowed", item.code() + " is not lent out (辅具租赁)");
        }
        if (rental && !returnDueOn.isAfter(today)) {
            throw new RuleViolationException("return-date", "a rental's return date lies in the future");
        }
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (!suited && reason == null) {
            throw new RuleViolationException("device-suitability",
                    item.code() + " does not suit the person's disability categories and grades: give an override reason");
        }
        if (priceFen < 0) {
            throw new RuleViolationException("price", "a price is never negative");
        }
        FittingStatus status = suited ? FittingStatus.ORDERED : FittingStatus.AWAITING_OVERRIDE;
        return new Fitting(id, personId, county, item.code(), model, CoPay.of(item.basicSubsidyFen(), priceFen), rental,
                returnDueOn, status, suited ? null : reason, orderedBy, null, null, null, 0);
    }

    public Fitting approveOverride(String approver) {
        if (status != FittingStatus.AWAITING_OVERRIDE) {
            throw new IllegalTransitionException("the fitting awaits no override (it is " + status + ")");
        }
        if (approver.equals(orderedBy)) {
            throw new FourEyesViolationException("the override of an unsuited device is approved by a second person");
        }
        return with(FittingStatus.ORDERED, approver, null, null);
    }

    public Fitting fit(LocalDate today) {
        if (status != FittingStatus.ORDERED) {
            throw new IllegalTransitionException("only an ordered fitting is fitted (it is " + status + ")");
        }
        return with(FittingStatus.FITTED, overrideApprovedBy, today, null);
    }

    public Fitting returned(LocalDate today) {
        if (!rental || status != FittingStatus.FITTED) {
            throw new IllegalTransitionException("only a rented device that was handed over is returned");
        }
        return with(FittingStatus.RETURNED, overrideApprovedBy, fittedOn, today);
    }

    /** A rented device still out after its return date: the person gets a reminder. */
    public boolean isOverdue(LocalDate today) {
        return rental && status == FittingStatus.FITTED && returnDueOn != null && today.isAfter(returnDueOn);
    }

    /**
     * The reminder due today for a device still out: overdue once the return date has passed, due soon
     * from {@code daysBeforeDue} days before it (policy data); none for anything else.
     */
    public Optional<ReminderKind> reminderDue(LocalDate today, int daysBeforeDue) {
        if (!rental || status != FittingStatus.FITTED || returnDueOn == null) {
            return Optional.empty();
        }
        if (isOverdue(today)) {
            return Optional.of(ReminderKind.OVERDUE);
        }
        return today.plusDays(daysBeforeDue).isBefore(returnDueOn) ? Optional.empty()
                : Optional.of(ReminderKind.DUE_SOON);
    }

    private Fitting with(FittingStatus next, @Nullable String approver, @Nullable LocalDate fitted,
            @Nullable LocalDate returned) {
        return new Fitting(id, personId, county, deviceCode, model, coPay, rental, returnDueOn, next, overrideReason,
                orderedBy, approver, fitted, returned, version);
    }
}

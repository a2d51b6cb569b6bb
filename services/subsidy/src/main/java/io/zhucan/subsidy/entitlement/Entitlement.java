package io.zhucan.subsidy.entitlement;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.platform.domain.IllegalTransitionException;
import io.zhucan.subsidy.shared.Months;
import java.time.YearMonth;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One allowance granted to one person. Payable for month M when {@code startMonth <= M},
 * {@code M <= endMonth} (open end when null) and M is outside the pause window
 * [{@code pausedFrom}, {@code pausedUntil}]. Transitions return a new value; illegal ones throw.
 * Printed, it shows the ID number masked.
 */
public record Entitlement(
        UUID id,
        UUID personId,
        ResidentIdNumber idNumber,
        Allowance allowance,
        String county,
        EntitlementStatus status,
        YearMonth startMonth,
        @Nullable YearMonth endMonth,
        @Nullable YearMonth pausedFrom,
        @Nullable YearMonth pausedUntil,
        @Nullable String statusReason,
        boolean manualOverride,
        long latestAmountFen) {

    public static Entitlement grant(UUID personId, ResidentIdNumber idNumber, Allowance allowance, String county,
            YearMonth startMonth, long amountFen) {
        return new Entitlement(UUID.randomUUID(), personId, idNumber, allowance, county, EntitlementStatus.GRANTED,
                startMonth, null, null, null, null, false, amountFen);
    }

    public boolean payableIn(YearMonth month) {
        if (month.isBefore(startMonth) || (endMonth != null && month.isAfter(endMonth))) {
            return false;
        }
        return pausedFrom == null || month.isBefore(pausedFrom) || (pausedUntil != null && month.isAfter(pausedUntil));
    }

    /** A terminated (not by death) entitlement is granted again when the person becomes eligible again. */
    public Entitlement regrant(YearMonth start, long amountFen, String newCounty) {
        if (status != EntitlementStatus.TERMINATED) {
            throw new IllegalTransitionException("only a terminated entitlement can be granted again");
        }
        return new Entitlement(id, personId, idNumber, allowance, newCounty, EntitlementStatus.GRANTED, start, null,
                null, null, null, false, amountFen);
    }

    public Entitlement suspend(YearMonth from, String reason) {
        if (status != EntitlementStatus.GRANTED && status != EntitlementStatus.ACTIVE) {
            throw new IllegalTransitionException("only a granted or active entitlement can be suspended");
        }
        return new Entitlement(id, personId, idNumber, allowance, county, EntitlementStatus.SUSPENDED, startMonth,
                endMonth, from, null, reason, manualOverride, latestAmountFen);
    }

    public Entitlement resume(YearMonth from, String reason) {
        if (status != EntitlementStatus.SUSPENDED) {
            throw new IllegalTransitionException("only a suspended entitlement can be resumed");
        }
        YearMonth until = from.minusMonths(1);
        boolean neverPaused = pausedFrom == null || until.isBefore(pausedFrom);
        return new Entitlement(id, personId, idNumber, allowance, county, EntitlementStatus.ACTIVE, startMonth, endMonth,
                neverPaused ? null : pausedFrom, neverPaused ? null : until, reason, false, latestAmountFen);
    }

    public Entitlement terminate(YearMonth lastPayableMonth, String reason) {
        if (!status.isOpen()) {
            throw new IllegalTransitionException("the entitlement has already ended");
        }
        return new Entitlement(id, personId, idNumber, allowance, county, EntitlementStatus.TERMINATED, startMonth,
                lastPayableMonth, pausedFrom, pausedUntil, reason, manualOverride, latestAmountFen);
    }

    /** The citizen declines: nothing is paid after the current month (nothing at all if it has not started). */
    public Entitlement decline(YearMonth currentMonth) {
        return decline(currentMonth, "declined by the citizen");
    }

    /** The citizen's declining, as it was made ({@code how}: a declaration staff recorded, by whom). */
    public Entitlement decline(YearMonth currentMonth, String how) {
        if (!status.isOpen()) {
            throw new IllegalTransitionException("the entitlement has already ended");
        }
        YearMonth last = Months.max(currentMonth, startMonth.minusMonths(1));
        return new Entitlement(id, personId, idNumber, allowance, county, EntitlementStatus.DECLINED, startMonth, last,
                pausedFrom, pausedUntil, how, manualOverride, latestAmountFen);
    }

    public Entitlement withAmount(long amountFen, String newCounty) {
        return new Entitlement(id, personId, idNumber, allowance, newCounty, status, startMonth, endMonth, pausedFrom,
                pausedUntil, statusReason, manualOverride, amountFen);
    }

    public Entitlement overridden(boolean manual) {
        return new Entitlement(id, personId, idNumber, allowance, county, status, startMonth, endMonth, pausedFrom,
                pausedUntil, statusReason, manual, latestAmountFen);
    }

    /** The first month no longer payable after a transition to {@code next}: where recovery starts. */
    public @Nullable YearMonth firstUnpayableMonth() {
        if (endMonth != null) {
            return endMonth.plusMonths(1);
        }
        return pausedFrom != null && pausedUntil == null ? pausedFrom : null;
    }
}

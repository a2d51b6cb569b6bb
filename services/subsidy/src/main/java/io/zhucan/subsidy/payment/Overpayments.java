package io.zhucan.subsidy.payment;

import io.zhucan.subsidy.entitlement.Entitlement;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Amounts instructed for months an entitlement no longer covered, to be recovered (port). */
public interface Overpayments {

    /** Months instructed (not failed) from {@code from} on that no overpayment claims yet, with their amounts. */
    List<InstructedMonth> unclaimedInstructedMonths(UUID entitlementId, YearMonth from);

    /** Records an overpayment; months another overpayment already claims are left out. Returns the months claimed. */
    List<InstructedMonth> record(UUID overpaymentId, Entitlement entitlement, List<InstructedMonth> months,
            String reason);

    /** Whether an overpayment claims the entitlement's month. */
    boolean claims(UUID entitlementId, YearMonth month);

    /**
     * The month turned out not to be paid (its instruction failed): no longer claimed, its amount is
     * taken off the overpayment (WITHDRAWN when nothing is left). No-op when no overpayment claims it.
     */
    void release(UUID entitlementId, YearMonth month, long amountFen);

    /** One instructed month and its amount. */
    record InstructedMonth(YearMonth month, long amountFen) {
    }
}

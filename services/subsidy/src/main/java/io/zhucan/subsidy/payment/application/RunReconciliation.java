package io.zhucan.subsidy.payment.application;

import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.Entitlements;
import io.zhucan.subsidy.entitlement.OverpaymentClaims;
import io.zhucan.subsidy.payment.PaymentInstructions;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After each run: a month instructed for an entitlement that no longer covers it, and claimed by no
 * overpayment, is claimed now. The run's lock makes that rare (an ending that raced the run in a way
 * the lock does not cover, e.g. a closed pause written by hand); this is the net under it.
 */
@Component
public class RunReconciliation {

    static final String REASON = "发放后核对：已终止或暂停期间已发放 (found instructed after the entitlement ended)";

    private final PaymentInstructions instructions;
    private final Entitlements entitlements;
    private final OverpaymentClaims claims;
    private final TransactionTemplate transaction;

    public RunReconciliation(PaymentInstructions instructions, Entitlements entitlements, OverpaymentClaims claims,
            TransactionTemplate transaction) {
        this.instructions = instructions;
        this.entitlements = entitlements;
        this.claims = claims;
        this.transaction = transaction;
    }

    /** Claims what {@code month}'s run instructed for entitlements that no longer cover it; returns how many it found. */
    public int after(YearMonth month) {
        int found = 0;
        for (UUID entitlementId : instructions.instructedNotCovered(month)) {
            transaction.executeWithoutResult(status -> {
                Entitlement ended = entitlements.lock(entitlementId).orElseThrow();
                claims.claimAfter(ended, ended.statusReason() == null ? REASON : REASON + ": " + ended.statusReason());
            });
            found++;
        }
        return found;
    }
}

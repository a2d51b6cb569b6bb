package io.zhucan.subsidy.entitlement;

/**
 * Who recovers what was paid for months an entitlement no longer covers (port): the payment
 * feature, which knows what was instructed. Called in the transaction of the transition.
 */
public interface OverpaymentClaims {

    /** Claims the instructed months from {@link Entitlement#firstUnpayableMonth()} on, if any are unclaimed. */
    void claimAfter(Entitlement ended, String reason);
}

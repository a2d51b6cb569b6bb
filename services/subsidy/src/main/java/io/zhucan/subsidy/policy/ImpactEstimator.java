package io.zhucan.subsidy.policy;

/**
 * Who evaluates a proposed policy for every certificate holder without changing anything (port):
 * the entitlement feature, with the same rules and decision table it applies on activation.
 */
public interface ImpactEstimator {

    /** What {@code proposed} would do if it were activated now; writes nothing. */
    Impact estimate(Policy proposed);
}

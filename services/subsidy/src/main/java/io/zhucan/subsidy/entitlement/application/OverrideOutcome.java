package io.zhucan.subsidy.entitlement.application;

import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.entitlement.Entitlement;

/** What a reviewer's override did: applied at once, or waiting for a second reviewer. */
public sealed interface OverrideOutcome {

    record Applied(Entitlement entitlement) implements OverrideOutcome {
    }

    record AwaitingApproval(Approval approval) implements OverrideOutcome {
    }
}

package io.zhucan.subsidy.approval.application;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.approval.Approval;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Carries out one kind of approved request, in the approval's transaction. Implemented by the
 * feature that owns the action (policy, entitlement, payment), so this feature depends on none.
 */
public interface ApprovalHandler {

    /** The kind of request, e.g. {@code policy-change}. */
    String kind();

    /** Whether {@code user} may decide (approve or reject) the request: role and region. */
    boolean mayDecide(CurrentUser user, Approval approval);

    /**
     * Throws unless the approver has seen what they must before approving ({@code seen}: what they
     * say they saw, e.g. a policy change's impact preview). By default nothing is required.
     */
    default void requireSeen(Approval approval, CurrentUser approver, @Nullable UUID seen) {
    }

    /** Carries out the approved request; returns what it did, for the record (no personal data). */
    String carryOut(Approval approval, CurrentUser approver);
}

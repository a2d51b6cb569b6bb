package io.zhucan.subsidy.policy.application;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.approval.application.ApprovalHandler;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A policy change is approved by a second operator whose region covers the change's, who opened its
 * latest impact preview; then it becomes a version.
 */
@Component
class PolicyApprovals implements ApprovalHandler {

    private final PolicyService policies;
    private final PreviewService previews;

    PolicyApprovals(PolicyService policies, PreviewService previews) {
        this.policies = policies;
        this.previews = previews;
    }

    @Override
    public void requireSeen(Approval approval, CurrentUser approver, @Nullable UUID seen) {
        previews.requireSeen(approval, approver, seen);
    }

    @Override
    public String kind() {
        return PolicyService.KIND;
    }

    @Override
    public boolean mayDecide(CurrentUser user, Approval approval) {
        return user.hasRole("operator") && user.coversRegion(approval.region());
    }

    @Override
    public String carryOut(Approval approval, CurrentUser approver) {
        return "policy version " + policies.change(PolicyService.change(approval.payload()), approval.requestedBy(), approver.username()).version();
    }
}

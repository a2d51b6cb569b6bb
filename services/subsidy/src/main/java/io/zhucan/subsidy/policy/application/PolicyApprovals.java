package io.zhucan.subsidy.policy.application;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.approval.application.ApprovalHandler;
import org.springframework.stereotype.Component;

/** A policy change is approved by a second operator of the whole province, then becomes a version. */
@Component
class PolicyApprovals implements ApprovalHandler {

    private final PolicyService policies;

    PolicyApprovals(PolicyService policies) {
        this.policies = policies;
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

package io.zhucan.subsidy.entitlement.application;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.approval.application.ApprovalHandler;
import org.springframework.stereotype.Component;

/** A manual grant above the policy amount is approved by a second reviewer of the person's region. */
@Component
class ManualGrants implements ApprovalHandler {

    private final EntitlementService entitlements;

    ManualGrants(EntitlementService entitlements) {
        this.entitlements = entitlements;
    }

    @Override
    public String kind() {
        return ManualGrant.KIND;
    }

    @Override
    public boolean mayDecide(CurrentUser user, Approval approval) {
        return user.hasRole("reviewer") && user.coversRegion(approval.region());
    }

    @Override
    public String carryOut(Approval approval, CurrentUser approver) {
        ManualGrant grant = ManualGrant.JSON.readValue(approval.payload(), ManualGrant.class);
        return "entitlement " + entitlements.approved(grant, approval.requestedBy(), approver).id() + " granted";
    }
}

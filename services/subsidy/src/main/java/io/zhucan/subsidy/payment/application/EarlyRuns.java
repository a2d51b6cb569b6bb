package io.zhucan.subsidy.payment.application;

import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.approval.application.ApprovalHandler;
import io.zhucan.subsidy.approval.application.ApprovalService;
import io.zhucan.subsidy.payment.PaymentRun;
import io.zhucan.subsidy.shared.application.AfterCommit;
import java.time.Clock;
import java.time.YearMonth;
import org.springframework.stereotype.Service;

/**
 * A payment run ahead of its month (paid in advance, e.g. before 春节): one province-level operator
 * requests it, a second one approves it, and only then does it start.
 */
@Service
public class EarlyRuns implements ApprovalHandler {

    static final String KIND = "payment-run-early";

    private final PaymentRunService runs;
    private final ApprovalService approvals;
    private final Clock clock;

    EarlyRuns(PaymentRunService runs, ApprovalService approvals, Clock clock) {
        this.runs = runs;
        this.approvals = approvals;
        this.clock = clock;
    }

    public Approval request(YearMonth month, String reason, CurrentUser operator) {
        runs.requireProvinceOperator(operator);
        requireEarly(month);
        return approvals.request(KIND, operator.region(), "payment run " + month + " ahead of its month",
                "\"" + month + "\"", reason, operator);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean mayDecide(CurrentUser user, Approval approval) {
        return runs.isProvinceOperator(user);
    }

    @Override
    public String carryOut(Approval approval, CurrentUser approver) {
        YearMonth month = YearMonth.parse(approval.payload().replace("\"", "").trim()); // a JSON string: "2027-01"
        requireEarly(month); // approved late: the month has come, and the scheduled run is its run
        String startedBy = approval.requestedBy() + ", approved by " + approver.username();
        AfterCommit.run(() -> runs.start(month, startedBy));
        return "payment run " + month + " started";
    }

    private void requireEarly(YearMonth month) {
        if (!PaymentRun.mayRunEarly(month, YearMonth.now(clock))) {
            throw new RuleViolationException("payment-run-month", "only the next month may be run ahead, not " + month);
        }
    }
}

package io.zhucan.subsidy.policy.application;

import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.approval.application.ApprovalService;
import io.zhucan.subsidy.policy.Policies;
import io.zhucan.subsidy.policy.Policies.VersionInfo;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.PolicyActivation;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.shared.Months;
import io.zhucan.subsidy.shared.application.AfterCommit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operator edits of the policy, maker-checker: one operator proposes a change, a second approves it
 * ({@link PolicyApprovals}); only then is a new, audited version created (never an update in place)
 * and announced, so the entitlement feature re-evaluates everyone it touches when it is in force.
 */
@Service
public class PolicyService {

    static final String KIND = "policy-change";
    private static final Logger log = LoggerFactory.getLogger(PolicyService.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Policies policies;
    private final PolicyActivation activation;
    private final ApprovalService approvals;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public PolicyService(Policies policies, PolicyActivation activation, ApprovalService approvals,
            TransactionTemplate transaction, Clock clock) {
        this.policies = policies;
        this.activation = activation;
        this.approvals = approvals;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Proposes a change (validated now, so a faulty one is refused at once) by an operator whose
     * region covers the region it concerns (a city's operator for their city and its counties, the
     * province's for all); a second operator of that region approves it.
     */
    public Approval propose(PolicyChange change, CurrentUser operator) {
        change.validate(Months.first(Months.next(clock)));
        requireNotBeforeLatest(change, policies.versions().getFirst().effectiveFrom());
        String region = change.region();
        if (!operator.coversRegion(region)) {
            throw new AccessDeniedException("the change concerns region " + region + ", outside the operator's");
        }
        String summary = "policy change for " + region + " effective " + change.effectiveFrom() + ": "
                + change.rules().size() + " province rule(s), " + change.regionalRules().size() + " regional rule(s), "
                + change.amounts().size() + " amount(s)";
        return approvals.request(KIND, region, summary, payload(change), change.reason(), operator);
    }

    /** Creates the next version from the latest one and an approved change; announced once committed. */
    VersionInfo change(PolicyChange change, String proposer, String approver) {
        change.validate(Months.first(Months.next(clock)));
        Policy created = transaction.execute(status -> {
            Policy latest = policies.lockLatest();
            requireNotBeforeLatest(change, latest.effectiveFrom());
            Policy next = change.applyTo(latest, latest.version() + 1);
            policies.add(next, change, proposer, approver);
            return next;
        });
        log.info("policy version {} proposed by {}, approved by {}, effective {}", created.version(), proposer, approver,
                created.effectiveFrom());
        AfterCommit.run(() -> activation.versionCreated(created.version())); // the roll-out reads the version
        return policies.info(created.version()).orElseThrow();
    }

    static String payload(PolicyChange change) {
        return JSON.writeValueAsString(change);
    }

    static PolicyChange change(String payload) {
        return JSON.readValue(payload, PolicyChange.class);
    }

    private static void requireNotBeforeLatest(PolicyChange change, LocalDate latest) {
        if (change.effectiveFrom().isBefore(latest)) {
            throw new RuleViolationException("policy-effective-date",
                    "effectiveFrom cannot precede the latest version's (" + latest + ")");
        }
    }

    public List<VersionInfo> versions() {
        return policies.versions();
    }

    public Policy version(long version) {
        return policies.find(version).orElseThrow(() -> new NotFoundException("no policy version " + version));
    }
}

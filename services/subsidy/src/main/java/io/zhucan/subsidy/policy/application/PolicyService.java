package io.zhucan.subsidy.policy.application;

import io.zhucan.subsidy.policy.Policies;
import io.zhucan.subsidy.policy.Policies.VersionInfo;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.PolicyActivation;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.shared.Months;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.domain.RuleViolationException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Operator edits of the policy: each creates a new, audited version (never an update in place),
 * then announces it so the entitlement feature re-evaluates everyone it touches when it is in force.
 */
@Service
public class PolicyService {

    private static final Logger log = LoggerFactory.getLogger(PolicyService.class);

    private final Policies policies;
    private final PolicyActivation activation;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public PolicyService(Policies policies, PolicyActivation activation, TransactionTemplate transaction, Clock clock) {
        this.policies = policies;
        this.activation = activation;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Creates the next version from the latest one and the change, and announces it once committed. */
    public VersionInfo change(PolicyChange change, String operator) {
        change.validate(Months.first(Months.next(clock)));
        Policy created = transaction.execute(status -> {
            Policy latest = policies.lockLatest();
            if (change.effectiveFrom().isBefore(latest.effectiveFrom())) {
                throw new RuleViolationException("policy-effective-date",
                        "effectiveFrom cannot precede the latest version's (" + latest.effectiveFrom() + ")");
            }
            Policy next = change.applyTo(latest, latest.version() + 1);
            policies.add(next, change, operator);
            return next;
        });
        log.info("policy version {} created by {}, effective {}", created.version(), operator, created.effectiveFrom());
        activation.versionCreated(created.version());
        return policies.info(created.version()).orElseThrow();
    }

    public List<VersionInfo> versions() {
        return policies.versions();
    }

    public Policy version(long version) {
        return policies.find(version).orElseThrow(() -> new NotFoundException("no policy version " + version));
    }
}

package io.zhucan.subsidy.entitlement.application;

import io.zhucan.subsidy.entitlement.Trigger;
import io.zhucan.subsidy.policy.Policies;
import io.zhucan.subsidy.policy.PolicyActivation;
import io.zhucan.subsidy.policy.PolicyChange.Scope;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.shared.Months;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Brings policy versions into force: a version in force for the next month is applied as soon as
 * it is created, in the background; later ones by a daily job when their month comes. Applying a
 * version re-evaluates everyone it touches and marks it applied with the count.
 */
@Service
public class PolicyRollout implements PolicyActivation {

    private static final Logger log = LoggerFactory.getLogger(PolicyRollout.class);

    private final Policies policies;
    private final Reevaluation reevaluation;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "policy-apply"));

    public PolicyRollout(Policies policies, Reevaluation reevaluation, Clock clock) {
        this.policies = policies;
        this.reevaluation = reevaluation;
        this.clock = clock;
    }

    @Override
    public void versionCreated(long version) {
        background.submit(this::applyDueVersions);
    }

    /** The daily check for due versions, once per cluster (the replica holding the lock). */
    @Scheduled(cron = "${zhucan.subsidy.reevaluation.due-versions-cron:0 30 1 * * *}")
    @SchedulerLock(name = "subsidy-policy-due-versions", lockAtLeastFor = "PT10M", lockAtMostFor = "PT6H")
    public void scheduledDueVersions() {
        applyDueVersions();
    }

    /** Applies every version that is in force for the next month and was not applied yet. */
    public synchronized void applyDueVersions() {
        for (long version : policies.dueVersions(Months.first(Months.next(clock)))) {
            apply(version);
        }
    }

    private void apply(long version) {
        Scope scope = policies.changeOf(version).map(PolicyChange::scope).orElse(Scope.EVERYONE);
        long started = System.nanoTime();
        long count = reevaluation.reevaluate(scope, Trigger.policy(version));
        policies.markApplied(version, count);
        log.info("policy version {} applied: {} persons re-evaluated in {} ms", version, count,
                (System.nanoTime() - started) / 1_000_000);
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}

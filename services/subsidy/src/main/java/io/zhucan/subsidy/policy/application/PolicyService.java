package io.zhucan.subsidy.policy.application;

import io.zhucan.subsidy.common.Months;
import io.zhucan.subsidy.common.InvalidRequestException;
import io.zhucan.subsidy.entitlement.application.EvaluationService;
import io.zhucan.subsidy.entitlement.application.Trigger;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.PolicyChange;
import io.zhucan.subsidy.policy.PolicyChange.Scope;
import io.zhucan.subsidy.policy.application.PolicyStore.VersionInfo;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Operator edits of the policy: each creates a new, audited version (never an update in place).
 * A version in force for the next month is applied at once: everyone it touches is re-evaluated
 * in bulk, in the background; later versions are applied by a daily job when their month comes.
 */
@Service
public class PolicyService {

    private static final Logger log = LoggerFactory.getLogger(PolicyService.class);

    private final PolicyStore store;
    private final EvaluationService evaluation;
    private final TransactionTemplate transaction;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "policy-apply"));

    public PolicyService(PolicyStore store, EvaluationService evaluation, TransactionTemplate transaction) {
        this.store = store;
        this.evaluation = evaluation;
        this.transaction = transaction;
    }

    /** Creates the next version from the latest one and the change; applies it in the background when due. */
    public VersionInfo change(PolicyChange change, String operator) {
        change.validate(Months.first(evaluation.nextMonth()));
        Policy created = transaction.execute(status -> {
            Policy latest = store.lockLatest();
            if (change.effectiveFrom().isBefore(latest.effectiveFrom())) {
                throw new InvalidRequestException("effectiveFrom cannot precede the latest version's ("
                        + latest.effectiveFrom() + ")");
            }
            Policy next = change.applyTo(latest, latest.version() + 1);
            store.insert(next, operator, change.reason(), json.writeValueAsString(change));
            return next;
        });
        log.info("policy version {} created by {}, effective {}", created.version(), operator, created.effectiveFrom());
        background.submit(this::applyDueVersions);
        return store.info(created.version()).orElseThrow();
    }

    /** Applies every version that is in force for the next month and was not applied yet. */
    @Scheduled(cron = "${zhucan.subsidy.reevaluation.due-versions-cron:0 30 1 * * *}")
    public synchronized void applyDueVersions() {
        for (long version : store.dueVersions(Months.first(evaluation.nextMonth()))) {
            apply(version);
        }
    }

    private void apply(long version) {
        Policy policy = store.find(version).orElseThrow();
        Scope scope = store.info(version).map(info -> scopeOf(info.changes())).orElse(Scope.EVERYONE);
        long started = System.nanoTime();
        long count = evaluation.reevaluate(scope, new Trigger("policy.v" + version, null));
        store.markApplied(version, count);
        log.info("policy version {} applied: {} persons re-evaluated in {} ms", policy.version(), count,
                (System.nanoTime() - started) / 1_000_000);
    }

    private Scope scopeOf(String changes) {
        try {
            return json.readValue(changes, PolicyChange.class).scope();
        } catch (RuntimeException e) {
            return Scope.EVERYONE;
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}

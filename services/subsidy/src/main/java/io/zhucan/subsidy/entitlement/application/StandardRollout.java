package io.zhucan.subsidy.entitlement.application;

import io.zhucan.subsidy.entitlement.Trigger;
import io.zhucan.subsidy.policy.PolicyChange.Scope;
import io.zhucan.subsidy.shared.Months;
import io.zhucan.subsidy.standard.DibaoStandard;
import io.zhucan.subsidy.standard.StandardActivation;
import io.zhucan.subsidy.standard.Standards;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Brings 低保 standards into force: when a standard governs the next month, the county's holders are
 * re-evaluated (in the background, right after it is recorded, or by a daily job when its month
 * comes), so their living allowance changes from the standard's effective month.
 */
@Service
public class StandardRollout implements StandardActivation {

    private final Standards standards;
    private final Reevaluation reevaluation;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "standard-apply"));

    public StandardRollout(Standards standards, Reevaluation reevaluation, Clock clock) {
        this.standards = standards;
        this.reevaluation = reevaluation;
        this.clock = clock;
    }

    @Override
    public void standardRecorded() {
        background.submit(this::applyDue);
    }

    @Scheduled(cron = "${zhucan.subsidy.dibao-standards.cron:0 40 1 * * *}")
    @SchedulerLock(name = "subsidy-dibao-standards", lockAtLeastFor = "PT10M", lockAtMostFor = "PT6H")
    public void scheduledDue() {
        applyDue();
    }

    public synchronized void applyDue() {
        for (DibaoStandard due : standards.unapplied(Months.next(clock))) {
            reevaluation.reevaluate(new Scope(Set.of(due.county()), Set.of()),
                    new Trigger("dibao-standard." + due.county() + "." + due.effectiveFrom(), null));
            standards.markApplied(due, clock.instant());
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}

package io.zhucan.platform.messaging.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Business counters of the services (decisions by outcome...): a count is taken when the
 * transaction that did the work commits, like its outbox event, since a rolled back decision was
 * never made. Counted in Micrometer's global registry, which Boot's registries (Prometheus) join.
 */
public final class CommittedCounts {

    public static void increment(String name, String... tags) {
        Counter counter = Metrics.counter(name, tags);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }

    private CommittedCounts() {
    }
}

package io.zhucan.platform.messaging.outbox;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Wakes the relay when a transaction that wrote events commits, so an interactive event leaves at
 * once instead of at the next poll. Events committed by another instance are found by the poll.
 */
public class RelaySignal {

    private static final Object REGISTERED = new Object();

    private final Semaphore wake = new Semaphore(0);

    /** Within a transaction that wrote outbox rows: wake the relay when it commits. */
    public void afterCommit() {
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, REGISTERED);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(RelaySignal.this);
                if (status == STATUS_COMMITTED) {
                    wakeUp();
                }
            }
        });
    }

    public void wakeUp() {
        wake.release();
    }

    /** Waits for a wake-up or the timeout, whichever comes first. */
    void await(Duration timeout) throws InterruptedException {
        if (wake.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            wake.drainPermits();
        }
    }
}

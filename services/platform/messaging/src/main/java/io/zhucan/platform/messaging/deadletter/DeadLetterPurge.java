package io.zhucan.platform.messaging.deadletter;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/** Deletes resolved dead letters once their retention has passed; open ones stay until resolved. */
public class DeadLetterPurge {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterPurge.class);

    private final DeadLetterStore store;
    private final Duration retention;

    public DeadLetterPurge(DeadLetterStore store, Duration retention) {
        this.store = store;
        this.retention = retention;
    }

    /** The nightly purge, once per cluster: the replica holding the lock runs it (ADR 0010). */
    @SchedulerLock(name = "messaging-dead-letter-purge", lockAtLeastFor = "PT5M")
    @Scheduled(cron = "${zhucan.messaging.dead-letters.purge-cron:0 27 3 * * *}")
    public void scheduledPurge() {
        purge();
    }

    public int purge() {
        int deleted = store.purgeResolved(retention);
        log.info("purged {} dead letters resolved more than {} ago", deleted, retention);
        return deleted;
    }
}

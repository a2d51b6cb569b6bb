package io.zhucan.platform.messaging.inbox;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes inbox records older than the retention. The retention must exceed how long Kafka may
 * redeliver an event (the topic retention), or a very late redelivery would be processed again.
 */
public class InboxPurge {

    private static final Logger log = LoggerFactory.getLogger(InboxPurge.class);

    private final JdbcClient jdbc;
    private final Duration retention;

    public InboxPurge(JdbcClient jdbc, Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    /** The nightly purge, once per cluster: the replica holding the lock runs it (ADR 0010). */
    @SchedulerLock(name = "messaging-inbox-purge", lockAtLeastFor = "PT5M")
    @Scheduled(cron = "${zhucan.messaging.inbox.purge-cron:0 17 3 * * *}")
    public void scheduledPurge() {
        purge();
    }

    public int purge() {
        int deleted = jdbc.sql("DELETE FROM inbox_message WHERE received_at < now() - make_interval(secs => :seconds)")
                .param("seconds", retention.toSeconds())
                .update();
        log.info("purged {} inbox records older than {}", deleted, retention);
        return deleted;
    }
}

package io.zhucan.platform.messaging.inbox;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The idempotent consumer: an event's id is recorded for its consumer in the same transaction as
 * the event's effect. A redelivered event finds its id already there and has no second effect; if
 * the effect fails, the id is rolled back with it and the event can be processed again.
 */
public class Inbox {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public Inbox(JdbcClient jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Runs {@code effect} once per consumer and event id, in one transaction with the inbox record.
     *
     * @return {@code true} if the effect ran, {@code false} if the event had been processed before
     */
    public boolean processOnce(String consumer, UUID eventId, Runnable effect) {
        Boolean processed = transaction.execute(status -> {
            int recorded = jdbc.sql("""
                            INSERT INTO inbox_message (consumer, event_id, received_at) VALUES (:consumer, :eventId, now())
                            ON CONFLICT (consumer, event_id) DO NOTHING""")
                    .param("consumer", consumer)
                    .param("eventId", eventId)
                    .update();
            if (recorded == 0) {
                return false;
            }
            effect.run();
            return true;
        });
        return Boolean.TRUE.equals(processed);
    }
}

package io.zhucan.platform.messaging.outbox;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many events wait for the relay. Operators watch it (metric {@code zhucan.outbox.backlog}): a
 * backlog that grows while Kafka is healthy means the relay is failing. Bulk producers need not wait
 * for it: the relay's claim reads the primary key only, at any backlog (docs/adr/0011).
 */
public class OutboxBacklog {

    private final JdbcClient jdbc;

    public OutboxBacklog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long pending() {
        return jdbc.sql("SELECT count(*) FROM outbox_event").query(Long.class).single();
    }
}

package io.zhucan.platform.messaging.outbox;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many events wait for the relay. Operators watch it (metric {@code zhucan.outbox.backlog}); bulk
 * producers (the monthly payment run, a re-evaluation after a policy change) pace themselves to the
 * relay with {@link #awaitBelow}: the relay's selection of the next keys costs in proportion to the
 * backlog, and a million-row backlog would also delay every interactive event behind it.
 */
public class OutboxBacklog {

    private static final Duration POLL = Duration.ofMillis(200);

    private final JdbcClient jdbc;

    public OutboxBacklog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long pending() {
        return jdbc.sql("SELECT count(*) FROM outbox_record WHERE status = 'NEW'").query(Long.class).single();
    }

    /** Blocks (outside any transaction) while more than {@code max} events wait for the relay. */
    public void awaitBelow(long max) {
        while (pending() > max) {
            LockSupport.parkNanos(POLL.toNanos());
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("interrupted while waiting for the outbox relay");
            }
        }
    }
}

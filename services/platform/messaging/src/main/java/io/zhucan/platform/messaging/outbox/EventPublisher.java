package io.zhucan.platform.messaging.outbox;

import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes integration events through the transactional outbox: the event row is written in the
 * caller's database transaction, together with the state change it reports, and the relay sends it
 * to Kafka after commit. If the transaction rolls back, the event never existed.
 */
public class EventPublisher {

    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, event_type, topic, record_key, occurred_at, payload, traceparent)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final EventCodec codec;
    private final RelaySignal relay;
    private final TraceContexts traces;

    public EventPublisher(JdbcTemplate jdbc, EventCodec codec, RelaySignal relay, TraceContexts traces) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.relay = relay;
        this.traces = traces;
    }

    public void publish(IntegrationEvent event) {
        publishAll(List.of(event));
    }

    /** Many events of one transaction, written in one batch of statements, in the order given. */
    public void publishAll(List<? extends IntegrationEvent> events) {
        requireTransaction();
        if (events.isEmpty()) {
            return;
        }
        String traceparent = traces.current(); // the relay sends later, from its own thread
        jdbc.batchUpdate(INSERT, events.stream().map(e -> row(e, traceparent)).toList());
        relay.afterCommit();
    }

    /**
     * A bulk writer that inserted {@code outbox_event} rows with its own SQL in the current
     * transaction (set-based, schema checked by its contract test) calls this to wake the relay at commit.
     */
    public void writtenBySql() {
        requireTransaction();
        relay.afterCommit();
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("events are published inside the transaction of the state change they report");
        }
    }

    private Object[] row(IntegrationEvent event, @Nullable String traceparent) {
        EventType<?> type = EventCatalog.of(event.getClass());
        return new Object[] {event.eventId(), type.name(), type.topic(), event.partitionKey(),
                Timestamp.from(event.occurredAt()), new String(codec.toJson(event), StandardCharsets.UTF_8), traceparent};
    }
}

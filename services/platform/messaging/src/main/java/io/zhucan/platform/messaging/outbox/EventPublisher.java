package io.zhucan.platform.messaging.outbox;

import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes integration events through the transactional outbox: the event row is written in the
 * caller's database transaction, together with the state change it reports, and the relay sends it
 * to Kafka after commit. If the transaction rolls back, the event never existed.
 */
public class EventPublisher {

    /** One statement for the whole list: the rows get their {@code seq} in the list's order. */
    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, event_type, topic, record_key, occurred_at, payload, traceparent)
            SELECT CAST(e.event_id AS uuid), e.event_type, e.topic, e.record_key, CAST(e.occurred_at AS timestamptz),
                   e.payload, CAST(? AS text)
            FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
                        CAST(? AS text[])) WITH ORDINALITY AS e(event_id, event_type, topic, record_key, occurred_at, payload, n)
            ORDER BY e.n""";

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

    /** Many events of one transaction, written in one statement, in the order given. */
    public void publishAll(List<? extends IntegrationEvent> events) {
        requireTransaction();
        if (events.isEmpty()) {
            return;
        }
        String traceparent = traces.current(); // the relay sends later, from its own thread
        String[][] columns = new String[6][events.size()];
        for (int i = 0; i < events.size(); i++) {
            IntegrationEvent event = events.get(i);
            EventType<?> type = EventCatalog.of(event.getClass());
            columns[0][i] = event.eventId().toString();
            columns[1][i] = type.name();
            columns[2][i] = type.topic();
            columns[3][i] = event.partitionKey();
            columns[4][i] = event.occurredAt().toString();
            columns[5][i] = new String(codec.toJson(event), StandardCharsets.UTF_8);
        }
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(INSERT);
            insert.setString(1, traceparent);
            for (int c = 0; c < columns.length; c++) {
                insert.setArray(c + 2, connection.createArrayOf("text", columns[c]));
            }
            return insert;
        });
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
}

package io.zhucan.platform.messaging.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.EventType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One batch of the outbox relay, in one transaction: take the relay lock (one relaying instance at a
 * time per database, so batches leave strictly in commit order and order per key is kept), read the
 * oldest rows by the primary key, send them all without waiting (idempotent producer, acks=all, at
 * most 5 requests in flight: the broker keeps their order per partition), wait for every
 * acknowledgement, then delete the batch with one statement. A failed send or a crash before the
 * commit leaves the whole batch pending; it is sent again (at least once, consumers are idempotent).
 * <p>
 * The claim and the delete are planned for every batch, never from a plan PostgreSQL cached: a plan
 * made while the outbox was small (a sort of the whole table, a sequential scan probing every row
 * against the batch's array) stays cached until the table is next analysed, and at a growing backlog
 * each batch then reads the whole table (docs/performance.md). Planned per batch, both read the primary
 * key's index, whatever the statistics say (MessagingGuaranteesIT shows the plans).
 */
public class KafkaRelay {

    /** The relay's claim query; planned per batch, an index scan of the primary key at any backlog. */
    public static final String CLAIM = """
            SELECT seq, event_id, event_type, topic, record_key, occurred_at, payload, traceparent
            FROM outbox_event ORDER BY seq LIMIT ?""";
    /** Deletes exactly the rows sent (a row committed meanwhile with a lower seq stays). */
    public static final String DELETE = "DELETE FROM outbox_event WHERE seq = ANY(CAST(? AS bigint[]))";

    private final JdbcOperations jdbc;
    private final TransactionTemplate transaction;
    private final KafkaTemplate<String, byte[]> kafka;
    private final RelayFaults faults;
    private final TraceContexts traces;
    private final int batchSize;

    public KafkaRelay(JdbcOperations jdbc, TransactionTemplate transaction, KafkaTemplate<String, byte[]> kafka,
            RelayFaults faults, TraceContexts traces, int batchSize) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kafka = kafka;
        this.faults = faults;
        this.traces = traces;
        this.batchSize = batchSize;
    }

    public int batchSize() {
        return batchSize;
    }

    /** Relays the oldest pending events; returns how many, or -1 if another instance holds the relay lock. */
    public int relayNextBatch() {
        Integer relayed = transaction.execute(status -> {
            if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(hashtext('zhucan.outbox.relay'))",
                    Boolean.class))) {
                return -1;
            }
            List<Pending> batch = jdbc.query(connection -> {
                PreparedStatement claim = plannedPerExecution(connection, CLAIM);
                claim.setInt(1, batchSize);
                return claim;
            }, (rs, n) -> new Pending(rs.getLong("seq"),
                    new OutboxMessage(rs.getObject("event_id", UUID.class), rs.getString("event_type"),
                            rs.getTimestamp("occurred_at").toInstant(), rs.getString("topic"),
                            rs.getString("record_key"), rs.getString("payload")), rs.getString("traceparent")));
            if (batch.isEmpty()) {
                return 0;
            }
            awaitAll(batch.stream().map(this::send).toList(), batch);
            faults.afterSend(batch.size());
            String sent = seqArray(batch);
            jdbc.update(connection -> {
                PreparedStatement delete = plannedPerExecution(connection, DELETE);
                delete.setString(1, sent);
                return delete;
            });
            return batch.size();
        });
        return relayed == null ? 0 : relayed;
    }

    /**
     * A statement PostgreSQL plans at each execution, with its parameters: the driver never turns it
     * into a server-side prepared statement, whose plan the server would cache.
     */
    public static PreparedStatement plannedPerExecution(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        return statement;
    }

    /**
     * Sends in the trace the event was published in: the template's producer span (and the
     * {@code traceparent} header the consumer continues from) is a child of the request's span;
     * {@code ce_traceparent} is the CloudEvents distributed-tracing extension, for consumers outside.
     */
    private CompletableFuture<?> send(Pending pending) {
        ProducerRecord<String, byte[]> record = toRecord(pending.message());
        if (pending.traceparent() != null) {
            record.headers().add("ce_" + TraceContexts.TRACEPARENT, pending.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return traces.within(pending.traceparent(), "outbox relay", () -> kafka.send(record));
    }

    /** The binary-mode CloudEvent record of an outbox row (benchmarks send the same records as their floor). */
    public static ProducerRecord<String, byte[]> toRecord(OutboxMessage message) {
        EventType<?> type = EventCatalog.byName(message.eventType())
                .orElseThrow(() -> new IllegalStateException("outbox holds an unknown event type " + message.eventType()));
        CloudEvent event = EventCodec.envelope(type, message.eventId(), message.occurredAt(), message.key(),
                message.payload().getBytes(StandardCharsets.UTF_8));
        return KafkaMessageFactory.createWriter(message.topic(), null, null, message.key()).writeBinary(event);
    }

    private static void awaitAll(List<? extends CompletableFuture<?>> sends, List<Pending> batch) {
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while publishing a batch of " + batch.size(), e);
            } catch (ExecutionException e) {
                OutboxMessage failed = batch.get(i).message();
                throw new IllegalStateException("could not publish " + failed.eventId() + " to " + failed.topic()
                        + "; the batch of " + batch.size() + " stays pending", e.getCause());
            }
        }
    }

    private static String seqArray(List<Pending> batch) {
        StringBuilder array = new StringBuilder(batch.size() * 8).append('{');
        for (Pending p : batch) {
            array.append(array.length() > 1 ? "," : "").append(p.seq());
        }
        return array.append('}').toString();
    }

    private record Pending(long seq, OutboxMessage message, @Nullable String traceparent) {
    }
}

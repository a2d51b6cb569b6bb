package io.zhucan.platform.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The dead-letter table: the original record (key, value, headers) and why it failed. */
public class DeadLetterStore {

    private final JdbcClient jdbc;
    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private final JsonMapper json = JsonMapper.builder().build();

    public DeadLetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Parks a dead-letter record; parking the same DLT record twice keeps one row. */
    void park(ConsumerRecord<String, byte[]> record, String reason) {
        ObjectNode headers = json.createObjectNode();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(KafkaHeaders.PREFIX + "dlt-exception-stacktrace")) {
                // header values are bytes (some binary): stored base64-encoded
                headers.put(header.key(), header.value() == null ? null : BASE64.encodeToString(header.value()));
            }
        }
        jdbc.sql("""
                        INSERT INTO dead_letter (id, dlt_topic, dlt_partition, dlt_offset, original_topic, original_partition,
                            original_offset, record_key, record_value, headers, event_type, event_id, reason, parked_at)
                        VALUES (:id, :dltTopic, :dltPartition, :dltOffset, :topic, :partition, :offset, :key, :value,
                            CAST(:headers AS jsonb), :eventType, :eventId, :reason, now())
                        ON CONFLICT (dlt_topic, dlt_partition, dlt_offset) DO NOTHING""")
                .param("id", UUID.randomUUID())
                .param("dltTopic", record.topic())
                .param("dltPartition", record.partition())
                .param("dltOffset", record.offset())
                .param("topic", Optional.ofNullable(text(record.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC)).orElse(record.topic()))
                .param("partition", header(record.headers(), KafkaHeaders.DLT_ORIGINAL_PARTITION)
                        .map(DeadLetterStore::intOf).orElse(record.partition()))
                .param("offset", header(record.headers(), KafkaHeaders.DLT_ORIGINAL_OFFSET)
                        .map(DeadLetterStore::longOf).orElse(-1L))
                .param("key", record.key())
                .param("value", record.value())
                .param("headers", json.writeValueAsString(headers))
                .param("eventType", text(record.headers(), "ce_type"))
                .param("eventId", text(record.headers(), "ce_id"))
                .param("reason", reason)
                .update();
    }

    public List<DeadLetter> list(boolean includeReplayed, int limit) {
        return jdbc.sql("""
                        SELECT id, original_topic, original_partition, original_offset, record_key, event_type, event_id,
                               reason, parked_at, replayed_at
                        FROM dead_letter WHERE (:all OR replayed_at IS NULL) ORDER BY parked_at DESC LIMIT :limit""")
                .param("all", includeReplayed)
                .param("limit", limit)
                .query((rs, n) -> new DeadLetter(rs.getObject("id", UUID.class), rs.getString("original_topic"),
                        rs.getInt("original_partition"), rs.getLong("original_offset"), rs.getString("record_key"),
                        rs.getString("event_type"), rs.getString("event_id"), rs.getString("reason"),
                        rs.getTimestamp("parked_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("replayed_at")).map(java.sql.Timestamp::toInstant).orElse(null)))
                .list();
    }

    Optional<ParkedRecord> find(UUID id) {
        return jdbc.sql("SELECT original_topic, record_key, record_value, headers::text AS headers FROM dead_letter WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new ParkedRecord(rs.getString("original_topic"), rs.getString("record_key"),
                        rs.getBytes("record_value"), headersOf(rs.getString("headers"))))
                .optional();
    }

    void markReplayed(UUID id) {
        jdbc.sql("UPDATE dead_letter SET replayed_at = :at WHERE id = :id").param("at", java.sql.Timestamp.from(Instant.now()))
                .param("id", id).update();
    }

    private List<ParkedRecord.HeaderValue> headersOf(String stored) {
        List<ParkedRecord.HeaderValue> headers = new ArrayList<>();
        json.readTree(stored).properties().forEach(e -> headers.add(new ParkedRecord.HeaderValue(e.getKey(),
                e.getValue().isNull() ? null : Base64.getDecoder().decode(e.getValue().asString()))));
        return headers;
    }

    private static Optional<byte[]> header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? Optional.empty() : Optional.ofNullable(header.value());
    }

    private static String text(Headers headers, String name) {
        return header(headers, name).map(v -> new String(v, StandardCharsets.UTF_8)).orElse(null);
    }

    private static int intOf(byte[] value) {
        return java.nio.ByteBuffer.wrap(value).getInt();
    }

    private static long longOf(byte[] value) {
        return java.nio.ByteBuffer.wrap(value).getLong();
    }

    /** A parked record as it can be sent again. */
    record ParkedRecord(String topic, String key, byte[] value, List<HeaderValue> headers) {
        record HeaderValue(String name, byte[] value) {
        }
    }
}

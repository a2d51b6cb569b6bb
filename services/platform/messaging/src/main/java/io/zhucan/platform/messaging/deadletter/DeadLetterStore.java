package io.zhucan.platform.messaging.deadletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dead-letter table: where each parked record is on its topic, why, and who resolved it. */
public class DeadLetterStore {

    private static final String COLUMNS = """
            id, consumer, original_topic, original_partition, original_offset, key_hash, event_type, event_id, reason,
            status, parked_at, resolved_by, resolved_at""" + " ";

    private final JdbcClient jdbc;

    public DeadLetterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Parks a record; parking the same record again (a retried recovery) keeps one row. */
    void park(String consumer, ConsumerRecord<?, ?> record, @Nullable String keyHash, @Nullable String eventType,
            @Nullable String eventId, String reason) {
        jdbc.sql("""
                        INSERT INTO dead_letter (id, consumer, original_topic, original_partition, original_offset, key_hash,
                            event_type, event_id, reason, status, parked_at)
                        VALUES (:id, :consumer, :topic, :partition, :offset, :keyHash, :eventType, :eventId, :reason,
                            'PARKED', now())
                        ON CONFLICT (consumer, original_topic, original_partition, original_offset) DO NOTHING""")
                .param("id", UUID.randomUUID())
                .param("consumer", consumer)
                .param("topic", record.topic())
                .param("partition", record.partition())
                .param("offset", record.offset())
                .param("keyHash", keyHash)
                .param("eventType", eventType)
                .param("eventId", eventId)
                .param("reason", reason)
                .update();
    }

    /** A replayed record failed again: its row is parked again. @return false if it was not being replayed */
    boolean repark(UUID id, String reason) {
        return jdbc.sql("""
                        UPDATE dead_letter SET status = 'PARKED', reason = :reason, resolved_by = NULL, resolved_at = NULL
                        WHERE id = :id AND status = 'REPLAYING'""")
                .param("id", id).param("reason", reason).update() == 1;
    }

    /** How many records are parked or being replayed (metric {@code zhucan.dead.letters.open}). */
    public long open() {
        return jdbc.sql("SELECT count(*) FROM dead_letter WHERE status IN ('PARKED', 'REPLAYING')").query(Long.class).single();
    }

    /** The open dead letters of a person on a topic for a consumer, first parked first. */
    public List<DeadLetter> openFor(String consumer, String topic, String keyHash) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM dead_letter WHERE consumer = :consumer AND original_topic = :topic AND key_hash = :keyHash
                         AND status IN ('PARKED', 'REPLAYING') ORDER BY original_partition, original_offset""")
                .param("consumer", consumer).param("topic", topic).param("keyHash", keyHash)
                .query(DeadLetterStore::row).list();
    }

    public Optional<DeadLetter> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM dead_letter WHERE id = :id").param("id", id)
                .query(DeadLetterStore::row).optional();
    }

    public List<DeadLetter> list(boolean includeResolved, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM dead_letter WHERE (:all OR status IN ('PARKED', 'REPLAYING'))
                         ORDER BY parked_at DESC, original_offset DESC LIMIT :limit""")
                .param("all", includeResolved).param("limit", limit)
                .query(DeadLetterStore::row).list();
    }

    /**
     * Claims for replay the parked records of the same person as {@code first} (those held behind
     * it included), in their order on the topic, attributed to the operator.
     */
    public List<DeadLetter> claimForReplay(DeadLetter first, String operator) {
        String keyCondition = first.keyHash() == null ? "id = :id" : "key_hash = :keyHash";
        return jdbc.sql("UPDATE dead_letter SET status = 'REPLAYING', resolved_by = :operator, resolved_at = now() "
                        + "WHERE consumer = :consumer AND original_topic = :topic AND status = 'PARKED' AND "
                        + keyCondition + " RETURNING " + COLUMNS)
                .param("operator", operator).param("consumer", first.consumer()).param("topic", first.originalTopic())
                .param("id", first.id()).param("keyHash", first.keyHash())
                .query(DeadLetterStore::row).list().stream()
                .sorted(Comparator.comparingInt(DeadLetter::originalPartition).thenComparingLong(DeadLetter::originalOffset))
                .toList();
    }

    /** Claimed records that could not be sent go back to parked. */
    void unclaim(List<UUID> ids) {
        jdbc.sql("""
                        UPDATE dead_letter SET status = 'PARKED', resolved_by = NULL, resolved_at = NULL
                        WHERE id IN (:ids) AND status = 'REPLAYING'""").param("ids", ids).update();
    }

    /** The replayed record was applied (or had been before): resolved. */
    public void replayed(UUID id) {
        jdbc.sql("UPDATE dead_letter SET status = 'REPLAYED' WHERE id = :id AND status = 'REPLAYING'")
                .param("id", id).update();
    }

    /** @return false if the record was not parked (already replayed or discarded, or held by a replay) */
    public boolean discard(UUID id, String operator) {
        return jdbc.sql("""
                        UPDATE dead_letter SET status = 'DISCARDED', resolved_by = :operator, resolved_at = now()
                        WHERE id = :id AND status = 'PARKED'""")
                .param("id", id).param("operator", operator).update() == 1;
    }

    /** Resolved dead letters older than the retention go; open ones stay, they hold their person. */
    int purgeResolved(Duration retention) {
        return jdbc.sql("""
                        DELETE FROM dead_letter WHERE status IN ('REPLAYED', 'DISCARDED')
                        AND resolved_at < now() - make_interval(secs => :seconds)""")
                .param("seconds", retention.toSeconds()).update();
    }

    private static DeadLetter row(ResultSet rs, int n) throws SQLException {
        return new DeadLetter(rs.getObject("id", UUID.class), rs.getString("consumer"), rs.getString("original_topic"),
                rs.getInt("original_partition"), rs.getLong("original_offset"), rs.getString("key_hash"),
                rs.getString("event_type"), rs.getString("event_id"), rs.getString("reason"),
                DeadLetter.Status.valueOf(rs.getString("status")), rs.getTimestamp("parked_at").toInstant(),
                rs.getString("resolved_by"),
                Optional.ofNullable(rs.getTimestamp("resolved_at")).map(Timestamp::toInstant).orElse(null));
    }
}

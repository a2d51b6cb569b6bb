package io.zhucan.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.testing.TestInfrastructure;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A service upgraded while Namastack's outbox still holds events: the migration to the batch outbox
 * (V0_1_3) carries them over in their order, as they will be sent, and drops Namastack's tables.
 */
class OutboxUpgradeIT {

    @Test
    void pendingNamastackRecordsMoveToTheBatchOutboxInTheirOrder() {
        var db = TestInfrastructure.database();
        var dataSource = new DriverManagerDataSource(db.jdbcUrl(), db.username(), db.password());
        String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("CREATE SCHEMA " + schema).update();
        try {
            flyway(dataSource, schema, MigrationVersion.fromVersion("0.1.2")).migrate();
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            // what Namastack stored: the OutboxMessage record as JSON (Jackson), a sent one marked COMPLETED
            namastackRow(jdbc, schema, "b", first, "NEW", Instant.parse("2026-11-30T10:00:00Z"));
            namastackRow(jdbc, schema, "a", second, "NEW", Instant.parse("2026-11-30T10:00:01Z"));
            namastackRow(jdbc, schema, "c", UUID.randomUUID(), "COMPLETED", Instant.parse("2026-11-30T09:00:00Z"));

            flyway(dataSource, schema, MigrationVersion.LATEST).migrate();

            List<String> moved = jdbc.sql("SELECT event_id, record_key, occurred_at, payload FROM " + schema
                    + ".outbox_event ORDER BY seq").query((rs, n) -> rs.getObject("event_id", UUID.class) + " "
                    + rs.getString("record_key") + " " + rs.getTimestamp("occurred_at").toInstant() + " "
                    + rs.getString("payload")).list();
            assertThat(moved).containsExactly(
                    first + " person-1 2026-11-30T10:00:00Z {\"personId\":\"p\"}",
                    second + " person-1 2026-11-30T10:00:01Z {\"personId\":\"p\"}");
            assertThat(jdbc.sql("SELECT count(*) FROM information_schema.tables WHERE table_schema = :s"
                    + " AND table_name LIKE 'outbox\\_%' AND table_name <> 'outbox_event'").param("s", schema)
                    .query(Long.class).single()).isZero();
        } finally {
            jdbc.sql("DROP SCHEMA " + schema + " CASCADE").update();
        }
    }

    private static Flyway flyway(DriverManagerDataSource dataSource, String schema, MigrationVersion target) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).defaultSchema(schema)
                .locations("classpath:db/migration/platform/messaging").target(target).load();
    }

    private static void namastackRow(JdbcClient jdbc, String schema, String id, UUID eventId, String status,
            Instant occurredAt) {
        String message = "{\"eventId\":\"" + eventId + "\",\"eventType\":\"io.zhucan.certification.certificate.renewed.v1\","
                + "\"occurredAt\":\"" + occurredAt + "\",\"topic\":\"zhucan.certification.events\",\"key\":\"person-1\","
                + "\"payload\":\"{\\\"personId\\\":\\\"p\\\"}\"}";
        jdbc.sql("INSERT INTO " + schema + ".outbox_record (id, status, record_key, record_type, payload, created_at,"
                        + " failure_count, next_retry_at, partition_no, handler_id)"
                        + " VALUES (:id, :status, 'person-1', 'io.zhucan.platform.messaging.outbox.OutboxMessage', :payload,"
                        + " :at, 0, :at, 1, 'KafkaRelay')")
                .param("id", id).param("status", status).param("payload", message)
                .param("at", Timestamp.from(occurredAt)).update();
    }
}

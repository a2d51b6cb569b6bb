package io.zhucan.certification.migration.persistence;

import io.zhucan.certification.certificate.VerificationCodes;
import io.zhucan.certification.migration.MigratedHolder;
import io.zhucan.certification.migration.MigrationChunks;
import io.zhucan.certification.migration.RowRejection;
import io.zhucan.platform.events.certification.CertificateIssued;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * A chunk in a handful of statements whatever its size: the holders are COPYed into a temporary
 * table, persons and certificates inserted from it with INSERT … SELECT, and each new certificate's
 * CertificateIssued written to the outbox in the same statement (ADR 0011; the payload is built here,
 * so MigrationIT checks what reaches Kafka against the schema and the rows). A person already on the
 * platform (same ID number) is kept as is; one who holds a current certificate already, or whose
 * death is recorded, gets none (counted as skipped).
 */
@Repository
class JdbcMigrationChunks implements MigrationChunks {

    private static final String ISSUE = """
            WITH issued AS (
                INSERT INTO certificate (id, person_id, number, category, grade, disabilities, household_county,
                    issued_on, valid_until, status, verification_code, version)
                SELECT gen_random_uuid(), p.id, b.number, b.category, b.grade,
                       jsonb_build_array(jsonb_build_object('category', b.category, 'grade', b.grade)),
                       b.county, b.issued_on, b.valid_until, 'VALID', b.verification_code, 0
                FROM migration_batch b JOIN person p ON p.id_number = b.id_number AND p.date_of_death IS NULL
                ORDER BY b.row_number
                ON CONFLICT (person_id) WHERE status <> 'CANCELLED' DO NOTHING
                RETURNING id, person_id, number, category, grade, household_county, issued_on, valid_until,
                          gen_random_uuid() AS event_id),
            announced AS (
                INSERT INTO outbox_event (event_id, event_type, topic, record_key, occurred_at, payload)
                SELECT i.event_id, :type, :topic, i.person_id::text, :at, json_strip_nulls(json_build_object('eventId', i.event_id,
                       'occurredAt', :atText, 'personId', i.person_id, 'certificateId', i.id, 'applicationId', :importId,
                       'certificateNumber', i.number, 'category', i.category, 'grade', i.grade,
                       'disabilities', json_build_array(json_build_object('category', i.category, 'grade', i.grade)),
                       'householdCounty', i.household_county, 'birthDate', b.birth_date, 'sex', b.sex,
                       'issuedOn', i.issued_on, 'validUntil', i.valid_until, 'migrated', true,
                       'householdTownship', CASE WHEN p.household_county = i.household_county THEN p.household_township END
                       ))::text
                FROM issued i JOIN migration_batch b ON b.number = i.number JOIN person p ON p.id = i.person_id
                ORDER BY b.row_number)
            SELECT count(*) FROM issued""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final DataSource dataSource;
    private final VerificationCodes codes;

    JdbcMigrationChunks(JdbcClient jdbc, JdbcTemplate batch, DataSource dataSource, VerificationCodes codes) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.dataSource = dataSource;
        this.codes = codes;
    }

    @Override
    public int write(UUID importId, int chunkNo, int lastRow, List<MigratedHolder> holders,
            List<RowRejection> rejections, Instant at) {
        // visible in pg_stat_activity while a chunk runs (an operator can tell the import's backend)
        jdbc.sql("SET LOCAL application_name = 'zhucan-migration'").update();
        int created = holders.isEmpty() ? 0 : insert(importId, holders, at);
        batch.batchUpdate("""
                        INSERT INTO migration_rejection (import_id, row_number, column_name, reason, masked_id)
                        VALUES (?, ?, ?, ?, ?)""",
                rejections.stream().map(r -> new Object[] {importId, r.row(), r.column(), r.reason(), r.maskedIdNumber()})
                        .toList());
        int rejectedRows = (int) rejections.stream().mapToInt(RowRejection::row).distinct().count();
        // the checkpoint's key (import, chunk) makes a second writer of the same chunk fail, never import twice
        jdbc.sql("""
                        INSERT INTO migration_chunk (import_id, chunk_no, last_row, imported, skipped, rejected, committed_at)
                        VALUES (:id, :chunk, :lastRow, :imported, :skipped, :rejected, :at)""")
                .param("id", importId).param("chunk", chunkNo).param("lastRow", lastRow).param("imported", created)
                .param("skipped", holders.size() - created).param("rejected", rejectedRows)
                .param("at", Timestamp.from(at)).update();
        jdbc.sql("""
                        UPDATE migration_import SET rows_read = :lastRow - 1, imported = imported + :imported,
                            skipped = skipped + :skipped, rejected = rejected + :rejected, progressed_at = :at
                        WHERE id = :id""")
                .param("id", importId).param("lastRow", lastRow).param("imported", created)
                .param("skipped", holders.size() - created).param("rejected", rejectedRows)
                .param("at", Timestamp.from(at)).update();
        return created;
    }

    private int insert(UUID importId, List<MigratedHolder> holders, Instant at) {
        jdbc.sql("""
                CREATE TEMPORARY TABLE migration_batch (row_number INTEGER, id_number CHAR(18), name VARCHAR(100),
                    county CHAR(6), township CHAR(9), number CHAR(20), category VARCHAR(20), grade VARCHAR(10),
                    issued_on DATE, valid_until DATE, birth_date DATE, sex VARCHAR(6), verification_code CHAR(16))
                ON COMMIT DROP""").update();
        copy(holders);
        // a temporary table has no statistics: without them the planner joins a chunk to the whole person
        // table by a hash of all of it, a cost that grows with every chunk (the first 1.2 M run showed it)
        jdbc.sql("ANALYZE migration_batch").update();
        jdbc.sql("""
                INSERT INTO person (id, id_number, name, household_county, household_township)
                SELECT gen_random_uuid(), id_number, name, county, township FROM migration_batch ORDER BY row_number
                ON CONFLICT (id_number) DO NOTHING""").update();
        return jdbc.sql(ISSUE).param("type", CertificateIssued.TYPE.name()).param("topic", CertificateIssued.TYPE.topic())
                .param("at", Timestamp.from(at)).param("atText", at.toString()).param("importId", importId)
                .query(Integer.class).single();
    }

    /** COPY in CSV form: every value quoted (a quote doubled), an absent township unquoted (NULL). */
    private void copy(List<MigratedHolder> holders) {
        StringBuilder csv = new StringBuilder(holders.size() * 160);
        for (MigratedHolder h : holders) {
            csv.append(h.row()).append(',');
            field(csv, h.idNumber().value());
            field(csv, h.name());
            field(csv, h.householdCounty());
            if (h.householdTownship() != null) {
                csv.append(h.householdTownship());
            }
            csv.append(',');
            field(csv, h.certificateNumber());
            csv.append(h.category().name()).append(',').append(h.grade().name()).append(',')
                    .append(h.issuedOn()).append(',').append(h.validUntil()).append(',')
                    .append(h.idNumber().birthDate()).append(',').append(h.idNumber().sex().name()).append(',')
                    .append(codes.next()).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource); // the transaction's connection
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY migration_batch FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
        } catch (SQLException e) {
            // not the driver's message: it quotes the row it stopped at
            throw new IllegalStateException("COPY of a migration chunk failed, SQLState " + e.getSQLState());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void field(StringBuilder csv, String value) {
        csv.append('"').append(value.replace("\"", "\"\"")).append('"').append(',');
    }
}

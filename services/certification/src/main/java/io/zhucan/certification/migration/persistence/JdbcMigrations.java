package io.zhucan.certification.migration.persistence;

import io.zhucan.certification.migration.MigrationImport;
import io.zhucan.certification.migration.Migrations;
import io.zhucan.certification.migration.RowRejection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMigrations implements Migrations {

    private final JdbcClient jdbc;

    JdbcMigrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean start(MigrationImport started) {
        try {
            return jdbc.sql("""
                            INSERT INTO migration_import (id, file_name, chunk_size, status, started_by, started_at, progressed_at)
                            VALUES (:id, :file, :chunkSize, 'RUNNING', :by, :at, :at)""")
                    .param("id", started.id()).param("file", started.fileName()).param("chunkSize", started.chunkSize()).param("by", started.startedBy())
                    .param("at", Timestamp.from(started.startedAt())).update() == 1;
        } catch (DuplicateKeyException another) {
            return false; // uq_migration_import_running
        }
    }

    @Override
    public Optional<MigrationImport> find(UUID id) {
        return jdbc.sql("SELECT * FROM migration_import WHERE id = :id").param("id", id)
                .query(JdbcMigrations::map).optional();
    }

    @Override
    public List<MigrationImport> latest(int limit) {
        return jdbc.sql("SELECT * FROM migration_import ORDER BY started_at DESC LIMIT :limit").param("limit", limit)
                .query(JdbcMigrations::map).list();
    }

    @Override
    public void counted(UUID id, int totalRows, Instant at) {
        jdbc.sql("UPDATE migration_import SET total_rows = :total, progressed_at = :at WHERE id = :id")
                .param("id", id).param("total", totalRows).param("at", Timestamp.from(at)).update();
    }

    @Override
    public boolean resume(UUID id, int chunkSize, Instant at) {
        try {
            return jdbc.sql("""
                            UPDATE migration_import SET status = 'RUNNING', failure = NULL, finished_at = NULL,
                                chunk_size = :chunkSize, progressed_at = :at
                            WHERE id = :id""")
                    .param("id", id).param("chunkSize", chunkSize).param("at", Timestamp.from(at)).update() == 1;
        } catch (DuplicateKeyException another) {
            return false;
        }
    }

    @Override
    public void finish(UUID id, MigrationImport.Status status, @Nullable String failure, Instant at) {
        jdbc.sql("""
                        UPDATE migration_import SET status = :status, failure = :failure, finished_at = :at,
                            progressed_at = :at
                        WHERE id = :id""")
                .param("id", id).param("status", status.name()).param("failure", failure)
                .param("at", Timestamp.from(at)).update();
    }

    @Override
    public Checkpoint checkpoint(UUID id) {
        return jdbc.sql("""
                        SELECT chunk_no, last_row FROM migration_chunk WHERE import_id = :id
                        ORDER BY chunk_no DESC LIMIT 1""")
                .param("id", id).query((rs, n) -> new Checkpoint(rs.getInt("chunk_no"), rs.getInt("last_row")))
                .optional().orElse(new Checkpoint(0, 0));
    }

    @Override
    public List<RowRejection> rejections(UUID id, int afterRow, int limit) {
        return jdbc.sql("""
                        SELECT * FROM migration_rejection WHERE import_id = :id AND row_number > :after
                        ORDER BY row_number, column_name LIMIT :limit""")
                .param("id", id).param("after", afterRow).param("limit", limit)
                .query((rs, n) -> new RowRejection(rs.getInt("row_number"), rs.getString("column_name"),
                        rs.getString("reason"), rs.getString("masked_id")))
                .list();
    }

    private static MigrationImport map(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new MigrationImport(rs.getObject("id", UUID.class), rs.getString("file_name"),
                rs.getInt("chunk_size"), MigrationImport.Status.valueOf(rs.getString("status")), rs.getObject("total_rows", Integer.class),
                rs.getInt("rows_read"), rs.getInt("imported"), rs.getInt("skipped"), rs.getInt("rejected"),
                rs.getString("failure"), rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("progressed_at").toInstant(), finished == null ? null : finished.toInstant());
    }
}

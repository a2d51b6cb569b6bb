package io.zhucan.subsidy.migration.persistence;

import io.zhucan.subsidy.migration.LegacyImport;
import io.zhucan.subsidy.migration.LegacyImport.ImportStatus;
import io.zhucan.subsidy.migration.LegacyImports;
import io.zhucan.subsidy.migration.Rejection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcLegacyImports implements LegacyImports {

    private final JdbcClient jdbc;

    JdbcLegacyImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LegacyImport begin(String fileSha256, String fileName, String startedBy) {
        jdbc.sql("""
                        INSERT INTO legacy_import (id, file_sha256, file_name, status, started_by, started_at, updated_at)
                        VALUES (:id, :sha, :name, 'RUNNING', :by, now(), now())
                        ON CONFLICT (file_sha256) DO UPDATE SET status = 'RUNNING', started_by = :by, updated_at = now(),
                            last_error = NULL
                        WHERE legacy_import.status <> 'COMPLETED'""")
                .param("id", UUID.randomUUID()).param("sha", fileSha256).param("name", fileName).param("by", startedBy)
                .update();
        return jdbc.sql("SELECT * FROM legacy_import WHERE file_sha256 = :sha").param("sha", fileSha256)
                .query(JdbcLegacyImports::legacyImport).single();
    }

    @Override
    public void progress(UUID importId, long rowsDone, long accepted, List<Rejection> rejections) {
        for (Rejection r : rejections) {
            jdbc.sql("""
                            INSERT INTO legacy_import_rejection (import_id, row_no, reason, id_number_masked)
                            VALUES (:id, :row, :reason, :masked) ON CONFLICT (import_id, row_no) DO NOTHING""")
                    .param("id", importId).param("row", r.row()).param("reason", r.reason())
                    .param("masked", r.idNumberMasked()).update();
        }
        // an accepted row later found earlier than recorded counts as rejected, not accepted
        jdbc.sql("""
                        UPDATE legacy_import SET rows_done = :done, accepted = accepted + :accepted, updated_at = now(),
                            rejected = (SELECT count(*) FROM legacy_import_rejection WHERE import_id = :id)
                        WHERE id = :id""")
                .param("id", importId).param("done", rowsDone).param("accepted", accepted).update();
    }

    @Override
    public void complete(UUID importId) {
        jdbc.sql("UPDATE legacy_import SET status = 'COMPLETED', finished_at = now(), updated_at = now() WHERE id = :id")
                .param("id", importId).update();
    }

    @Override
    public void failed(UUID importId, String error) {
        jdbc.sql("UPDATE legacy_import SET status = 'FAILED', last_error = :e, updated_at = now() WHERE id = :id")
                .param("id", importId).param("e", error).update();
    }

    @Override
    public Optional<LegacyImport> find(UUID importId) {
        return jdbc.sql("SELECT * FROM legacy_import WHERE id = :id").param("id", importId)
                .query(JdbcLegacyImports::legacyImport).optional();
    }

    @Override
    public List<LegacyImport> latest(int limit) {
        return jdbc.sql("SELECT * FROM legacy_import ORDER BY started_at DESC LIMIT :n").param("n", limit)
                .query(JdbcLegacyImports::legacyImport).list();
    }

    @Override
    public List<Rejection> rejections(UUID importId, long afterRow, int limit) {
        return jdbc.sql("""
                        SELECT row_no, reason, id_number_masked FROM legacy_import_rejection
                        WHERE import_id = :id AND row_no > :after ORDER BY row_no LIMIT :n""")
                .param("id", importId).param("after", afterRow).param("n", limit)
                .query((rs, n) -> new Rejection(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    private static LegacyImport legacyImport(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new LegacyImport(rs.getObject("id", UUID.class), rs.getString("file_sha256"), rs.getString("file_name"),
                ImportStatus.valueOf(rs.getString("status")), rs.getLong("rows_done"), rs.getLong("accepted"),
                rs.getLong("rejected"), rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString("last_error"));
    }
}

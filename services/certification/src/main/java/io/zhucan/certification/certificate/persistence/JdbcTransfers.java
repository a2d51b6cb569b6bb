package io.zhucan.certification.certificate.persistence;

import io.zhucan.certification.certificate.Transfer;
import io.zhucan.certification.certificate.Transfers;
import io.zhucan.certification.shared.persistence.RegionScopes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTransfers implements Transfers {

    private final JdbcClient jdbc;

    JdbcTransfers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Transfer> waitingFor(UUID certificateId) {
        return jdbc.sql("SELECT * FROM certificate_transfer WHERE certificate_id = :c AND status = 'REQUESTED' FOR UPDATE")
                .param("c", certificateId).query(JdbcTransfers::map).optional();
    }

    @Override
    public List<Transfer> waitingInto(String regionScope, int limit) {
        return jdbc.sql("""
                        SELECT * FROM certificate_transfer WHERE status = 'REQUESTED' AND to_county LIKE :prefix
                        ORDER BY requested_at LIMIT :limit""")
                .param("prefix", RegionScopes.likePrefix(regionScope))
                .param("limit", limit)
                .query(JdbcTransfers::map)
                .list();
    }

    @Override
    public void add(Transfer t) {
        jdbc.sql("""
                        INSERT INTO certificate_transfer (id, certificate_id, person_id, from_county, to_county, status,
                            requested_by, requested_at)
                        VALUES (:id, :certificate, :person, :from, :to, :status, :by, :at)""")
                .param("id", t.id())
                .param("certificate", t.certificateId())
                .param("person", t.personId())
                .param("from", t.fromCounty())
                .param("to", t.toCounty())
                .param("status", t.status().name())
                .param("by", t.requestedBy())
                .param("at", Timestamp.from(t.requestedAt()))
                .update();
    }

    @Override
    public void update(Transfer t) {
        jdbc.sql("UPDATE certificate_transfer SET status = :status, decided_by = :by, decided_at = :at WHERE id = :id")
                .param("id", t.id())
                .param("status", t.status().name())
                .param("by", t.decidedBy())
                .param("at", t.decidedAt() == null ? null : Timestamp.from(t.decidedAt()))
                .update();
    }

    private static Transfer map(ResultSet rs, int row) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Transfer(rs.getObject("id", UUID.class), rs.getObject("certificate_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getString("from_county"), rs.getString("to_county"),
                Transfer.Status.valueOf(rs.getString("status")), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant());
    }
}

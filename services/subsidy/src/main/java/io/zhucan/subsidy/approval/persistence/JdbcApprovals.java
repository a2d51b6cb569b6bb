package io.zhucan.subsidy.approval.persistence;

import io.zhucan.subsidy.approval.Approval;
import io.zhucan.subsidy.approval.ApprovalStatus;
import io.zhucan.subsidy.approval.Approvals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcApprovals implements Approvals {

    private final JdbcClient jdbc;

    JdbcApprovals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Approval a) {
        jdbc.sql("""
                        INSERT INTO approval (id, kind, region, summary, payload, reason, requested_by, requested_at, status)
                        VALUES (:id, :kind, :region, :summary, CAST(:payload AS jsonb), :reason, :by, :at, :status)""")
                .param("id", a.id()).param("kind", a.kind()).param("region", a.region()).param("summary", a.summary())
                .param("payload", a.payload()).param("reason", a.reason()).param("by", a.requestedBy())
                .param("at", Timestamp.from(a.requestedAt())).param("status", a.status().name()).update();
    }

    @Override
    public Optional<Approval> lock(UUID id) {
        return jdbc.sql("SELECT * FROM approval WHERE id = :id FOR UPDATE").param("id", id)
                .query(JdbcApprovals::approval).optional();
    }

    @Override
    public void decided(Approval a) {
        jdbc.sql("""
                        UPDATE approval SET status = :status, decided_by = :by, decided_at = :at, outcome = :outcome,
                            seen = :seen
                        WHERE id = :id""")
                .param("seen", a.seen())
                .param("id", a.id()).param("status", a.status().name()).param("by", a.decidedBy())
                .param("at", a.decidedAt() == null ? null : Timestamp.from(a.decidedAt())).param("outcome", a.outcome())
                .update();
    }

    @Override
    public Optional<Approval> find(UUID id) {
        return jdbc.sql("SELECT * FROM approval WHERE id = :id").param("id", id).query(JdbcApprovals::approval).optional();
    }

    @Override
    public List<Approval> pending(int limit) {
        return jdbc.sql("SELECT * FROM approval WHERE status = 'PENDING' ORDER BY requested_at LIMIT :limit")
                .param("limit", limit).query(JdbcApprovals::approval).list();
    }

    private static Approval approval(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Approval(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("region"),
                rs.getString("summary"), rs.getString("payload"), rs.getString("reason"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), ApprovalStatus.valueOf(rs.getString("status")),
                rs.getString("decided_by"), decided == null ? null : decided.toInstant(), rs.getString("outcome"),
                rs.getObject("seen", UUID.class));
    }
}

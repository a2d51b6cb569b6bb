package io.zhucan.subsidy.policy.persistence;

import io.zhucan.subsidy.policy.Impact;
import io.zhucan.subsidy.policy.Impact.RegionImpact;
import io.zhucan.subsidy.policy.ImpactPreview;
import io.zhucan.subsidy.policy.ImpactPreviews;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Previews with their per-county figures (jsonb: a list of a few dozen counters), and who opened them. */
@Repository
class JdbcImpactPreviews implements ImpactPreviews {

    private static final TypeReference<List<RegionImpact>> COUNTIES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcImpactPreviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(ImpactPreview p) {
        jdbc.sql("""
                        INSERT INTO policy_preview (id, proposal_id, base_version, computed_by, computed_at, millis, persons,
                            counties)
                        VALUES (:id, :proposal, :base, :by, :at, :millis, :persons, CAST(:counties AS jsonb))""")
                .param("id", p.id()).param("proposal", p.proposalId()).param("base", p.baseVersion())
                .param("by", p.computedBy()).param("at", Timestamp.from(p.computedAt())).param("millis", p.millis())
                .param("persons", p.impact().persons())
                .param("counties", json.writeValueAsString(p.impact().counties())).update();
    }

    @Override
    public Optional<ImpactPreview> latest(UUID proposalId) {
        return jdbc.sql("SELECT * FROM policy_preview WHERE proposal_id = :p ORDER BY computed_at DESC LIMIT 1")
                .param("p", proposalId).query(this::preview).optional();
    }

    @Override
    public void viewed(UUID previewId, String username, Instant at) {
        jdbc.sql("""
                        INSERT INTO policy_preview_view (preview_id, username, viewed_at) VALUES (:id, :user, :at)
                        ON CONFLICT DO NOTHING""")
                .param("id", previewId).param("user", username).param("at", Timestamp.from(at)).update();
    }

    @Override
    public boolean wasViewedBy(UUID previewId, String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM policy_preview_view WHERE preview_id = :id AND username = :user)")
                .param("id", previewId).param("user", username).query(Boolean.class).single();
    }

    private ImpactPreview preview(ResultSet rs, int n) throws SQLException {
        return new ImpactPreview(rs.getObject("id", UUID.class), rs.getObject("proposal_id", UUID.class),
                rs.getLong("base_version"), rs.getString("computed_by"), rs.getTimestamp("computed_at").toInstant(),
                rs.getLong("millis"), new Impact(rs.getLong("persons"), json.readValue(rs.getString("counties"), COUNTIES)));
    }
}

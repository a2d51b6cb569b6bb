package io.zhucan.subsidy.casework.persistence;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.casework.CaseResolution;
import io.zhucan.subsidy.casework.ExceptionCase;
import io.zhucan.subsidy.casework.ExceptionCases;
import io.zhucan.subsidy.casework.ExceptionKind;
import io.zhucan.subsidy.shared.persistence.JsonRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcExceptionCases implements ExceptionCases {

    private final JdbcClient jdbc;

    JdbcExceptionCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void open(UUID personId, @Nullable Allowance allowance, ExceptionKind kind, String county, String detail) {
        jdbc.sql("""
                        INSERT INTO exception_case (id, person_id, allowance, kind, county, detail, opened_at)
                        VALUES (:id, :person, :allowance, :kind, :county, :detail, now())
                        ON CONFLICT DO NOTHING""")
                .param("id", UUID.randomUUID()).param("person", personId)
                .param("allowance", allowance == null ? null : allowance.name()).param("kind", kind.name())
                .param("county", county).param("detail", detail).update();
    }

    @Override
    public void resolve(UUID personId, Allowance allowance, ExceptionKind kind, String by, String resolution) {
        resolveAll(List.of(new CaseResolution(personId, allowance, kind, by, resolution)));
    }

    @Override
    public void resolveAll(List<CaseResolution> resolutions) {
        if (resolutions.isEmpty()) {
            return;
        }
        JsonRows rows = new JsonRows();
        resolutions.forEach(r -> rows.add().put("person_id", JsonRows.text(r.personId()))
                .put("allowance", r.allowance().name()).put("kind", r.kind().name()).put("resolved_by", r.by())
                .put("resolution", r.resolution()));
        jdbc.sql("""
                        UPDATE exception_case c SET resolved_at = now(), resolved_by = r.resolved_by, resolution = r.resolution
                        FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(person_id uuid, allowance text, kind text,
                            resolved_by text, resolution text)
                        WHERE c.person_id = r.person_id AND c.allowance = r.allowance AND c.kind = r.kind
                          AND c.resolved_at IS NULL""")
                .param("rows", rows.json()).update();
    }

    @Override
    public List<ExceptionCase> openIn(String countyPrefix, int limit) {
        return jdbc.sql("""
                        SELECT * FROM exception_case WHERE resolved_at IS NULL AND county LIKE :prefix
                        ORDER BY opened_at LIMIT :limit""")
                .param("prefix", countyPrefix + "%").param("limit", limit)
                .query(JdbcExceptionCases::map).list();
    }

    @Override
    public List<ExceptionCase> openInTownship(String township, int limit) {
        return jdbc.sql("""
                        SELECT e.* FROM exception_case e
                        JOIN holder_place p ON p.person_id = e.person_id AND p.county = e.county
                        WHERE e.resolved_at IS NULL AND p.township = :township ORDER BY e.opened_at LIMIT :limit""")
                .param("township", township).param("limit", limit)
                .query(JdbcExceptionCases::map).list();
    }

    private static ExceptionCase map(ResultSet rs, int row) throws SQLException {
        return new ExceptionCase(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("allowance") == null ? null : Allowance.valueOf(rs.getString("allowance")),
                ExceptionKind.valueOf(rs.getString("kind")), rs.getString("county"), rs.getString("detail"),
                rs.getTimestamp("opened_at").toInstant());
    }
}

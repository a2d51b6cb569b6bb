package io.zhucan.rehabilitation.modification.persistence;

import io.zhucan.rehabilitation.modification.ModificationCase;
import io.zhucan.rehabilitation.modification.ModificationCases;
import io.zhucan.rehabilitation.modification.ModificationStatus;
import io.zhucan.platform.domain.ConcurrentChangeException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcModificationCases implements ModificationCases {

    private final JdbcClient jdbc;

    JdbcModificationCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(ModificationCase c) {
        return jdbc.sql("""
                        INSERT INTO modification_case (id, need_id, person_id, county, status, opened_by, version)
                        VALUES (:id, :need, :person, :county, :status, :by, 0) ON CONFLICT (need_id) DO NOTHING""")
                .param("id", c.id()).param("need", c.needId()).param("person", c.personId()).param("county", c.county())
                .param("status", c.status().name()).param("by", c.openedBy()).update() == 1;
    }

    @Override
    public Optional<ModificationCase> byId(UUID id) {
        return jdbc.sql("SELECT * FROM modification_case WHERE id = :id").param("id", id)
                .query(JdbcModificationCases::map).optional();
    }

    @Override
    public List<ModificationCase> ofPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM modification_case WHERE person_id = :p ORDER BY created_at").param("p", personId)
                .query(JdbcModificationCases::map).list();
    }

    @Override
    public ModificationCase update(ModificationCase c) {
        int updated = jdbc.sql("""
                        UPDATE modification_case SET status = :status, survey_findings = :findings, surveyed_on = :surveyed,
                            plan = :plan, budget_fen = :budget, cost_fen = :cost, works_done_on = :worksOn,
                            works_recorded_by = :worksBy, accepted_by = :acceptedBy, accepted_on = :acceptedOn,
                            subsidy_fen = :subsidy, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", c.id()).param("status", c.status().name()).param("findings", c.surveyFindings())
                .param("surveyed", date(c.surveyedOn())).param("plan", c.plan()).param("budget", c.budgetFen())
                .param("cost", c.costFen()).param("worksOn", date(c.worksDoneOn())).param("worksBy", c.worksRecordedBy())
                .param("acceptedBy", c.acceptedBy()).param("acceptedOn", date(c.acceptedOn()))
                .param("subsidy", c.subsidyFen()).param("version", c.version()).update();
        if (updated == 0) {
            throw new ConcurrentChangeException("case " + c.id() + " was changed meanwhile");
        }
        return byId(c.id()).orElseThrow();
    }

    @Override
    public long subsidyCapFen(String county, LocalDate on) {
        return jdbc.sql("""
                        SELECT cap_fen FROM modification_subsidy_cap
                        WHERE region IN (:county, :city, :province) AND valid_from <= :on AND (valid_to IS NULL OR valid_to > :on)
                        ORDER BY CASE region WHEN :county THEN 0 WHEN :city THEN 1 ELSE 2 END, valid_from DESC LIMIT 1""")
                .param("county", county).param("city", county.substring(0, 4) + "00")
                .param("province", county.substring(0, 2) + "0000").param("on", Date.valueOf(on))
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("no modification subsidy cap for " + county));
    }

    private static @Nullable Date date(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static @Nullable LocalDate local(@Nullable Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static @Nullable Long money(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static ModificationCase map(ResultSet rs, int row) throws SQLException {
        return new ModificationCase(rs.getObject("id", UUID.class), rs.getObject("need_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getString("county"),
                ModificationStatus.valueOf(rs.getString("status")), rs.getString("survey_findings"),
                local(rs.getDate("surveyed_on")), rs.getString("plan"), money(rs, "budget_fen"), money(rs, "cost_fen"),
                local(rs.getDate("works_done_on")), rs.getString("works_recorded_by"), rs.getString("accepted_by"),
                local(rs.getDate("accepted_on")), money(rs, "subsidy_fen"), rs.getString("opened_by"),
                rs.getLong("version"));
    }
}

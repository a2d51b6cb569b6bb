package io.zhucan.profile.timeline.persistence;

import io.zhucan.platform.domain.ConflictException;
import io.zhucan.profile.timeline.Generation;
import io.zhucan.profile.timeline.Generations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcGenerations implements Generations {

    private static final List<String> MODEL_TABLES = List.of("person_file", "timeline_entry", "eligibility",
            "entitlement", "rehab_need", "rehab_outcome", "placement", "indicator_count", "indicator_month");

    private final JdbcClient jdbc;

    JdbcGenerations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int active() {
        return jdbc.sql("SELECT generation FROM model_generation WHERE status = 'ACTIVE'").query(Integer.class).single();
    }

    @Override
    public Optional<Generation> building() {
        return jdbc.sql("SELECT * FROM model_generation WHERE status = 'BUILDING'").query(JdbcGenerations::row).optional();
    }

    @Override
    public Optional<Generation> find(int number) {
        return jdbc.sql("SELECT * FROM model_generation WHERE generation = :g").param("g", number)
                .query(JdbcGenerations::row).optional();
    }

    @Override
    @Transactional
    public Generation startBuilding(String operator) {
        try {
            int next = jdbc.sql("""
                            INSERT INTO model_generation (generation, status, started_at, started_by)
                            SELECT max(generation) + 1, 'BUILDING', now(), :by FROM model_generation RETURNING generation""")
                    .param("by", operator).query(Integer.class).single();
            return find(next).orElseThrow();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("a rebuild is already running");
        }
    }

    @Override
    @Transactional
    public void switchTo(int number) {
        int previous = active();
        jdbc.sql("UPDATE model_generation SET status = 'RETIRED' WHERE generation = :g").param("g", previous).update();
        jdbc.sql("UPDATE model_generation SET status = 'ACTIVE', switched_at = now() WHERE generation = :g")
                .param("g", number).update();
        // the previous generation stays for comparison until the next switch
        for (String table : MODEL_TABLES) {
            jdbc.sql("DELETE FROM " + table + " WHERE generation < :g").param("g", previous).update();
        }
    }

    private static Generation row(ResultSet rs, int n) throws SQLException {
        Timestamp switched = rs.getTimestamp("switched_at");
        return new Generation(rs.getInt("generation"), rs.getString("status"), rs.getTimestamp("started_at").toInstant(),
                switched == null ? null : switched.toInstant(), rs.getString("started_by"));
    }
}

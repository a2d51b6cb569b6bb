package io.zhucan.subsidy.review.persistence;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.review.ReviewFinding;
import io.zhucan.subsidy.review.ReviewOutcome;
import io.zhucan.subsidy.review.ReviewReports;
import io.zhucan.subsidy.review.ReviewRun;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcReviewReports implements ReviewReports {

    private final JdbcClient jdbc;

    JdbcReviewReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ReviewRun begin(String startedBy, long policyVersion) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO review_run (id, status, started_by, started_at, policy_version)
                        VALUES (:id, 'RUNNING', :by, now(), :v)""")
                .param("id", id).param("by", startedBy).param("v", policyVersion).update();
        return find(id).orElseThrow();
    }

    @Override
    public void add(UUID runId, List<ReviewFinding> findings) {
        Map<ReviewOutcome, Long> counts = new EnumMap<>(ReviewOutcome.class);
        for (ReviewFinding f : findings) {
            counts.merge(f.outcome(), 1L, Long::sum);
            if (f.outcome() != ReviewOutcome.UNCHANGED) {
                jdbc.sql("""
                                INSERT INTO review_finding (run_id, entitlement_id, person_id, allowance, county, outcome,
                                    current_fen, rule_fen, rule_ids)
                                VALUES (:run, :e, :p, :a, :c, :o, :cur, :rule, :ids)
                                ON CONFLICT (run_id, entitlement_id) DO NOTHING""")
                        .param("run", runId).param("e", f.entitlementId()).param("p", f.personId())
                        .param("a", f.allowance().name()).param("c", f.county()).param("o", f.outcome().name())
                        .param("cur", f.currentAmountFen()).param("rule", f.ruleAmountFen())
                        .param("ids", String.join(",", f.ruleIds())).update();
            }
        }
        jdbc.sql("""
                        UPDATE review_run SET unchanged = unchanged + :u, amount_changed = amount_changed + :a,
                            would_end = would_end + :w, missing_facts = missing_facts + :m WHERE id = :id""")
                .param("id", runId).param("u", counts.getOrDefault(ReviewOutcome.UNCHANGED, 0L))
                .param("a", counts.getOrDefault(ReviewOutcome.AMOUNT_CHANGED, 0L))
                .param("w", counts.getOrDefault(ReviewOutcome.WOULD_END, 0L))
                .param("m", counts.getOrDefault(ReviewOutcome.MISSING_FACTS, 0L)).update();
    }

    @Override
    public void complete(UUID runId) {
        jdbc.sql("UPDATE review_run SET status = 'COMPLETED', finished_at = now() WHERE id = :id").param("id", runId)
                .update();
    }

    @Override
    public void failed(UUID runId, String error) {
        jdbc.sql("UPDATE review_run SET status = 'FAILED', last_error = :e WHERE id = :id").param("id", runId)
                .param("e", error).update();
    }

    @Override
    public Optional<ReviewRun> find(UUID runId) {
        return jdbc.sql("SELECT * FROM review_run WHERE id = :id").param("id", runId).query(JdbcReviewReports::run)
                .optional();
    }

    @Override
    public List<ReviewRun> latest(int limit) {
        return jdbc.sql("SELECT * FROM review_run ORDER BY started_at DESC LIMIT :n").param("n", limit)
                .query(JdbcReviewReports::run).list();
    }

    @Override
    public List<ReviewFinding> findings(UUID runId, int offset, int limit) {
        return jdbc.sql("""
                        SELECT * FROM review_finding WHERE run_id = :run ORDER BY county, person_id, allowance
                        OFFSET :o LIMIT :n""")
                .param("run", runId).param("o", offset).param("n", limit)
                .query((rs, n) -> new ReviewFinding(rs.getObject("person_id", UUID.class),
                        rs.getObject("entitlement_id", UUID.class), Allowance.valueOf(rs.getString("allowance")),
                        rs.getString("county"), ReviewOutcome.valueOf(rs.getString("outcome")), rs.getLong("current_fen"),
                        rs.getObject("rule_fen", Long.class),
                        rs.getString("rule_ids").isEmpty() ? List.of() : Arrays.asList(rs.getString("rule_ids").split(","))))
                .list();
    }

    private static ReviewRun run(ResultSet rs, int n) throws SQLException {
        Map<ReviewOutcome, Long> counts = new EnumMap<>(ReviewOutcome.class);
        for (ReviewOutcome o : ReviewOutcome.values()) {
            counts.put(o, rs.getLong(o.name().toLowerCase(Locale.ROOT)));
        }
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ReviewRun(rs.getObject("id", UUID.class), rs.getString("status"), rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getLong("policy_version"), counts, rs.getString("last_error"));
    }
}

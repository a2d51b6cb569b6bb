package io.zhucan.subsidy.policy.persistence;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.subsidy.policy.Policies;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.policy.Policy.Amount;
import io.zhucan.subsidy.policy.Policy.RuleSetting;
import io.zhucan.subsidy.policy.PolicyChange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcPolicies implements Policies {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Policy inForce(LocalDate day) {
        long version = jdbc.sql("SELECT max(version) FROM policy_version WHERE effective_from <= :day")
                .param("day", day).query(Long.class).single();
        return find(version).orElseThrow();
    }

    @Override
    public Policy lockLatest() {
        jdbc.sql("LOCK TABLE policy_version IN SHARE ROW EXCLUSIVE MODE").update();
        long version = jdbc.sql("SELECT max(version) FROM policy_version").query(Long.class).single();
        return find(version).orElseThrow();
    }

    @Override
    public Optional<Policy> find(long version) {
        Optional<LocalDate> effective = jdbc.sql("SELECT effective_from FROM policy_version WHERE version = :v")
                .param("v", version).query(LocalDate.class).optional();
        if (effective.isEmpty()) {
            return Optional.empty();
        }
        Map<String, RuleSetting> rules = new HashMap<>();
        Map<String, Map<String, RuleSetting>> regional = new HashMap<>();
        jdbc.sql("SELECT rule_id, region, enabled, parameter FROM policy_rule WHERE version = :v").param("v", version)
                .query(rs -> {
                    RuleSetting setting = new RuleSetting(rs.getBoolean("enabled"), rs.getString("parameter"));
                    String region = rs.getString("region");
                    (Policy.PROVINCE.equals(region) ? rules : regional.computeIfAbsent(region, r -> new HashMap<>()))
                            .put(rs.getString("rule_id"), setting);
                });
        List<Amount> amounts = jdbc.sql("""
                        SELECT allowance, region, grade, monthly_amount_fen FROM policy_amount WHERE version = :v""")
                .param("v", version)
                .query((rs, n) -> new Amount(Allowance.valueOf(rs.getString("allowance")), rs.getString("region"),
                        rs.getString("grade") == null ? null : DisabilityGrade.valueOf(rs.getString("grade")),
                        rs.getLong("monthly_amount_fen")))
                .list();
        return Optional.of(new Policy(version, effective.get(), rules, amounts, regional));
    }

    @Override
    public void add(Policy policy, PolicyChange change, String createdBy, String approvedBy) {
        jdbc.sql("""
                        INSERT INTO policy_version (version, effective_from, created_at, created_by, approved_by, reason, changes)
                        VALUES (:v, :from, now(), :by, :approver, :reason, CAST(:changes AS jsonb))""")
                .param("v", policy.version()).param("from", policy.effectiveFrom()).param("by", createdBy)
                .param("approver", approvedBy)
                .param("reason", change.reason()).param("changes", json.writeValueAsString(change)).update();
        policy.rules().forEach((id, setting) -> addRule(policy.version(), Policy.PROVINCE, id, setting));
        policy.regionalRules().forEach((region, settings) ->
                settings.forEach((id, setting) -> addRule(policy.version(), region, id, setting)));
        for (Amount a : policy.amounts()) {
            jdbc.sql("""
                            INSERT INTO policy_amount (version, allowance, region, grade, monthly_amount_fen)
                            VALUES (:v, :allowance, :region, :grade, :fen)""")
                    .param("v", policy.version()).param("allowance", a.allowance().name()).param("region", a.region())
                    .param("grade", a.grade() == null ? null : a.grade().name()).param("fen", a.monthlyAmountFen())
                    .update();
        }
    }

    private void addRule(long version, String region, String id, RuleSetting setting) {
        jdbc.sql("""
                        INSERT INTO policy_rule (version, rule_id, region, enabled, parameter)
                        VALUES (:v, :id, :region, :enabled, :p)""")
                .param("v", version).param("id", id).param("region", region).param("enabled", setting.enabled())
                .param("p", setting.parameter()).update();
    }

    @Override
    public Optional<PolicyChange> changeOf(long version) {
        return jdbc.sql("SELECT changes FROM policy_version WHERE version = :v").param("v", version)
                .query(String.class).optional()
                .flatMap(changes -> {
                    try {
                        return Optional.of(json.readValue(changes, PolicyChange.class));
                    } catch (RuntimeException e) {
                        return Optional.empty(); // the seeded first version: a description, not a change
                    }
                });
    }

    @Override
    public List<VersionInfo> versions() {
        return jdbc.sql("SELECT * FROM policy_version ORDER BY version DESC").query(JdbcPolicies::info).list();
    }

    @Override
    public Optional<VersionInfo> info(long version) {
        return jdbc.sql("SELECT * FROM policy_version WHERE version = :v").param("v", version)
                .query(JdbcPolicies::info).optional();
    }

    @Override
    public List<Long> dueVersions(LocalDate day) {
        return jdbc.sql("""
                        SELECT version FROM policy_version WHERE applied_at IS NULL AND effective_from <= :day
                        ORDER BY version""")
                .param("day", day).query(Long.class).list();
    }

    /** One query for the version numbers (a late fact's evaluation runs it per person), then each version. */
    @Override
    public List<Policy> governing(YearMonth from, YearMonth until) {
        return jdbc.sql("""
                        SELECT v FROM (SELECT DISTINCT (SELECT max(version) FROM policy_version
                                                         WHERE effective_from <= m) AS v
                                       FROM generate_series(CAST(:from AS date), CAST(:until AS date), interval '1 month') m) g
                        WHERE v IS NOT NULL ORDER BY v""")
                .param("from", from.atDay(1)).param("until", until.atDay(1)).query(Long.class).list().stream()
                .map(version -> find(version).orElseThrow()).toList();
    }

    @Override
    public YearMonth earliestArrears(YearMonth run) {
        return run.minusMonths(jdbc.sql("""
                        SELECT months FROM arrears_look_back WHERE effective_from <= :month
                        ORDER BY effective_from DESC LIMIT 1""")
                .param("month", run.atDay(1)).query(Integer.class).optional().orElse(0));
    }

    @Override
    public void markApplied(long version, long reevaluated) {
        jdbc.sql("UPDATE policy_version SET applied_at = now(), reevaluated = :n WHERE version = :v")
                .param("v", version).param("n", reevaluated).update();
    }

    private static VersionInfo info(ResultSet rs, int n) throws SQLException {
        Timestamp applied = rs.getTimestamp("applied_at");
        long reevaluated = rs.getLong("reevaluated");
        return new VersionInfo(rs.getLong("version"), rs.getObject("effective_from", LocalDate.class),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getString("approved_by"),
                rs.getString("reason"),
                rs.getString("changes"), applied == null ? null : applied.toInstant(),
                rs.wasNull() ? null : reevaluated);
    }
}

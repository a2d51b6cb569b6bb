package io.zhucan.certification.policy.persistence;

import io.zhucan.certification.intake.TimeLimits.StepDays;
import io.zhucan.certification.policy.RulesVersion;
import io.zhucan.certification.policy.RulesVersions;
import io.zhucan.certification.policy.ValidityRule;
import io.zhucan.platform.domain.ConflictException;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read on every use (a few rows per region): a version takes effect on its day on every instance,
 * without a restart. The tables refuse updates and deletes (a trigger): versions are the audit.
 */
@Repository
class JdbcRulesVersions implements RulesVersions {

    private static final String VERSIONS = """
            SELECT version, region, effective_from, created_by, created_at, reason FROM certification_rules_version""";

    private final JdbcClient jdbc;

    JdbcRulesVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RulesVersion> candidates(String county, LocalDate on) {
        return read(VERSIONS + " WHERE region IN (:county, :city, :province) AND effective_from <= :on",
                Map.of("county", county, "city", county.substring(0, 4) + "00",
                        "province", county.substring(0, 2) + "0000", "on", on));
    }

    @Override
    public List<RulesVersion> all() {
        return read(VERSIONS + " ORDER BY version DESC", Map.of());
    }

    @Override
    public RulesVersion add(RulesVersion version) {
        long number;
        try {
            number = jdbc.sql("""
                            INSERT INTO certification_rules_version (region, effective_from, created_by, created_at, reason)
                            VALUES (:region, :from, :by, :at, :reason) RETURNING version""")
                    .param("region", version.region()).param("from", version.effectiveFrom())
                    .param("by", version.createdBy()).param("at", Timestamp.from(version.createdAt()))
                    .param("reason", version.reason())
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("rules-version-exists", "the region already has a version from that day");
        }
        for (ValidityRule rule : version.validity()) {
            jdbc.sql("""
                            INSERT INTO validity_rule (version, min_age, max_age, category, valid_years, renewal_window_days, note)
                            VALUES (:version, :min, :max, :category, :years, :window, :note)""")
                    .param("version", number).param("min", rule.minAge()).param("max", rule.maxAge())
                    .param("category", rule.category() == null ? null : rule.category().name())
                    .param("years", rule.validYears()).param("window", rule.renewalWindowDays())
                    .param("note", rule.note()).update();
        }
        if (version.stepDays() != null) {
            for (Map.Entry<String, Integer> step : Map.of("ASSESSMENT", version.stepDays().assessment(),
                    "REVIEW", version.stepDays().review()).entrySet()) {
                jdbc.sql("INSERT INTO step_time_limit (version, step, working_days) VALUES (:version, :step, :days)")
                        .param("version", number).param("step", step.getKey()).param("days", step.getValue()).update();
            }
        }
        return new RulesVersion(number, version.region(), version.effectiveFrom(), version.validity(),
                version.stepDays(), version.createdBy(), version.createdAt(), version.reason());
    }

    private List<RulesVersion> read(String sql, Map<String, ?> params) {
        List<RulesVersion> headers = jdbc.sql(sql).params(params)
                .query((rs, n) -> new RulesVersion(rs.getLong("version"), rs.getString("region"),
                        rs.getObject("effective_from", LocalDate.class), List.of(), null, rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("reason")))
                .list();
        Long[] numbers = headers.stream().map(RulesVersion::version).toArray(Long[]::new);
        Map<Long, List<ValidityRule>> validity = jdbc.sql("""
                        SELECT version, min_age, max_age, category, valid_years, renewal_window_days, note
                        FROM validity_rule WHERE version = ANY(:numbers)""")
                .param("numbers", numbers)
                .query((rs, n) -> Map.entry(rs.getLong("version"), validityRule(rs))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, Map<String, Integer>> steps = jdbc.sql("""
                        SELECT version, step, working_days FROM step_time_limit WHERE version = ANY(:numbers)""")
                .param("numbers", numbers)
                .query((rs, n) -> Map.entry(rs.getLong("version"), Map.entry(rs.getString("step"), rs.getInt("working_days"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.toMap(e -> e.getValue().getKey(), e -> e.getValue().getValue())));
        return headers.stream().map(h -> {
            Map<String, Integer> days = steps.get(h.version());
            return new RulesVersion(h.version(), h.region(), h.effectiveFrom(), validity.getOrDefault(h.version(), List.of()),
                    days == null ? null : new StepDays(days.get("ASSESSMENT"), days.get("REVIEW")),
                    h.createdBy(), h.createdAt(), h.reason());
        }).toList();
    }

    private static ValidityRule validityRule(ResultSet rs) throws SQLException {
        String category = rs.getString("category");
        return new ValidityRule(rs.getInt("min_age"), rs.getInt("max_age"),
                category == null ? null : DisabilityCategory.valueOf(category), rs.getInt("valid_years"),
                rs.getInt("renewal_window_days"), rs.getString("note"));
    }
}

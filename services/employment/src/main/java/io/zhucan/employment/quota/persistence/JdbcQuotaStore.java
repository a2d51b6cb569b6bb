package io.zhucan.employment.quota.persistence;

import io.zhucan.employment.quota.CountingRule;
import io.zhucan.employment.quota.QuotaAssessment;
import io.zhucan.employment.quota.QuotaPolicy;
import io.zhucan.employment.quota.QuotaStore;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Policy in force on 1 January of the assessed year; assessments unique per employer and year. */
@Repository
class JdbcQuotaStore implements QuotaStore {

    private final JdbcClient jdbc;

    JdbcQuotaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<QuotaPolicy> policyFor(int year) {
        return jdbc.sql("""
                        SELECT rate_basis_points, wage_cap_percent, small_employer_max_staff, tier_threshold_bp,
                               share_at_or_above_percent, share_below_percent FROM quota_policy
                        WHERE effective_from <= :day AND (effective_to IS NULL OR effective_to >= :day)""")
                .param("day", LocalDate.of(year, 1, 1))
                .query((rs, n) -> new QuotaPolicy(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6))).optional();
    }

    @Override
    public List<CountingRule> countingRulesFor(int year) {
        return jdbc.sql("""
                        SELECT category, max_grade, weight_tt FROM quota_counting_rule
                        WHERE effective_from = (SELECT max(effective_from) FROM quota_counting_rule WHERE effective_from <= :day)
                        ORDER BY priority""")
                .param("day", LocalDate.of(year, 1, 1))
                .query((rs, n) -> new CountingRule(rs.getString(1) == null ? null
                        : DisabilityCategory.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3))).list();
    }

    @Override
    public Optional<Long> averageWageFen(int year, String county) {
        return jdbc.sql("""
                        SELECT annual_wage_fen FROM average_wage WHERE year = :year
                          AND region IN (:county, left(:county, 4) || '00', left(:county, 2) || '0000')
                        ORDER BY (region = :county) DESC, (region = left(:county, 4) || '00') DESC LIMIT 1""")
                .param("year", year).param("county", county).query(Long.class).optional();
    }

    @Override
    public boolean add(QuotaAssessment a, String county, String assessedBy) {
        return jdbc.sql("""
                        INSERT INTO quota_assessment (id, employer_id, year, county, average_headcount, total_wages_fen,
                            employees, required_tt, counted_tt, shortfall_tt, capped_average_wage_fen,
                            fund_share_percent, fund_fen, exempt, over_quota, assessed_at, assessed_by)
                        VALUES (:id, :employer, :year, :county, :headcount, :wages, :employees, :required, :counted,
                            :shortfall, :wage, :share, :fund, :exempt, :over, now(), :by)
                        ON CONFLICT (employer_id, year) DO NOTHING""")
                .param("id", UUID.randomUUID()).param("employer", a.employerId()).param("year", a.year())
                .param("county", county).param("headcount", a.averageHeadcount()).param("wages", a.totalWagesFen())
                .param("employees", a.employees().toArray(UUID[]::new)).param("required", a.requiredTenThousandths())
                .param("counted", a.countedTenThousandths()).param("shortfall", a.shortfallTenThousandths())
                .param("wage", a.cappedAverageWageFen()).param("share", a.fundSharePercent()).param("fund", a.fundFen()).param("exempt", a.exempt())
                .param("over", a.overQuota()).param("by", assessedBy)
                .update() == 1;
    }

    @Override
    public Optional<QuotaAssessment> of(UUID employerId, int year) {
        return jdbc.sql("SELECT * FROM quota_assessment WHERE employer_id = :e AND year = :y")
                .param("e", employerId).param("y", year).query(JdbcQuotaStore::assessment).optional();
    }

    @Override
    public List<QuotaAssessment> inRegion(int year, String regionPrefix) {
        return jdbc.sql("SELECT * FROM quota_assessment WHERE year = :y AND county LIKE :prefix ORDER BY county, employer_id")
                .param("y", year).param("prefix", regionPrefix + "%").query(JdbcQuotaStore::assessment).list();
    }

    private static QuotaAssessment assessment(ResultSet rs, int n) throws SQLException {
        UUID[] employees = (UUID[]) rs.getArray("employees").getArray();
        return new QuotaAssessment(rs.getObject("employer_id", UUID.class), rs.getInt("year"),
                rs.getInt("average_headcount"), rs.getLong("total_wages_fen"), Arrays.asList(employees),
                rs.getLong("required_tt"), rs.getLong("counted_tt"), rs.getLong("shortfall_tt"),
                rs.getLong("capped_average_wage_fen"), rs.getInt("fund_share_percent"), rs.getLong("fund_fen"),
                rs.getBoolean("exempt"), rs.getBoolean("over_quota"));
    }
}

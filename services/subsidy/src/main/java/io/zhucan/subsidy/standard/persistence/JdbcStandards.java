package io.zhucan.subsidy.standard.persistence;

import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.subsidy.standard.DibaoStandard;
import io.zhucan.subsidy.standard.LivingShare;
import io.zhucan.subsidy.standard.LivingStandards;
import io.zhucan.subsidy.standard.Standards;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read on every evaluation chunk (a row or two per county): a recorded standard holds at once. */
@Repository
class JdbcStandards implements Standards {

    private final JdbcClient jdbc;

    JdbcStandards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LivingStandards all() {
        List<DibaoStandard> standards = jdbc.sql("SELECT * FROM dibao_standard").query(JdbcStandards::standard).list();
        List<LivingShare> shares = jdbc.sql("SELECT * FROM living_allowance_share")
                .query((rs, n) -> new LivingShare(rs.getString("region"),
                        rs.getString("grade") == null ? null : DisabilityGrade.valueOf(rs.getString("grade")),
                        rs.getInt("basis_points"), YearMonth.from(rs.getObject("effective_from", LocalDate.class))))
                .list();
        return new LivingStandards(standards, shares);
    }

    @Override
    public List<DibaoStandard> ofCounty(String county) {
        return jdbc.sql("SELECT * FROM dibao_standard WHERE county = :county ORDER BY effective_from")
                .param("county", county).query(JdbcStandards::standard).list();
    }

    @Override
    public boolean record(DibaoStandard standard, String recordedBy, Instant at) {
        return jdbc.sql("""
                        INSERT INTO dibao_standard (county, effective_from, monthly_fen, source, recorded_by, recorded_at)
                        VALUES (:county, :from, :fen, :source, :by, :at)
                        ON CONFLICT (county, effective_from) DO NOTHING""")
                .param("county", standard.county()).param("from", standard.effectiveFrom().atDay(1))
                .param("fen", standard.monthlyFen()).param("source", standard.source())
                .param("by", recordedBy).param("at", Timestamp.from(at))
                .update() == 1;
    }

    @Override
    public List<DibaoStandard> unapplied(YearMonth month) {
        return jdbc.sql("""
                        SELECT * FROM dibao_standard WHERE applied_at IS NULL AND effective_from <= :month
                        ORDER BY effective_from, county""")
                .param("month", month.atDay(1)).query(JdbcStandards::standard).list();
    }

    @Override
    public void markApplied(DibaoStandard standard, Instant at) {
        jdbc.sql("UPDATE dibao_standard SET applied_at = :at WHERE county = :county AND effective_from = :from")
                .param("at", Timestamp.from(at)).param("county", standard.county())
                .param("from", standard.effectiveFrom().atDay(1)).update();
    }

    private static DibaoStandard standard(ResultSet rs, int row) throws SQLException {
        return new DibaoStandard(rs.getString("county"), YearMonth.from(rs.getObject("effective_from", LocalDate.class)),
                rs.getLong("monthly_fen"), rs.getString("source"));
    }
}

package io.zhucan.profile.indicator.persistence;

import io.zhucan.profile.indicator.Count;
import io.zhucan.profile.indicator.IndicatorData;
import io.zhucan.profile.indicator.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts per county: read from the materialised month (indicator_count) when the generation holds
 * it; otherwise one set-based statement over the person files (IndicatorSql), which is also what a
 * refresh materialises.
 */
@Repository
class JdbcIndicatorData implements IndicatorData {

    private final JdbcClient jdbc;

    JdbcIndicatorData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Count> counts(int generation, String countyPrefix, YearMonth month) {
        boolean held = jdbc.sql("SELECT count(*) > 0 FROM indicator_month WHERE generation = :g AND month = :start")
                .param("g", generation).param("start", month.atDay(1)).query(Boolean.class).single();
        String sql = held ? """
                SELECT county, indicator, numerator, denominator FROM indicator_count
                WHERE generation = :g AND month = :start AND county LIKE :prefix""" : IndicatorSql.COUNTS;
        return month(jdbc.sql(sql), generation, month).param("prefix", countyPrefix + "%")
                .query((rs, n) -> new Count(rs.getString("county"), rs.getString("indicator"), rs.getLong("numerator"),
                        rs.getLong("denominator")))
                .list();
    }

    @Override
    @Transactional
    public void refresh(int generation, YearMonth month) {
        // one refresh of a generation at a time (the job and a rebuild's switch-over may meet)
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('indicator-refresh'), :g)").param("g", generation).query().listOfRows();
        month(jdbc.sql("DELETE FROM indicator_count WHERE generation = :g AND month = :start"), generation, month).update();
        month(jdbc.sql("INSERT INTO indicator_count (generation, month, indicator, county, numerator, denominator)"
                + " SELECT :g, :start, c.indicator, c.county, c.numerator, c.denominator FROM (" + IndicatorSql.COUNTS
                + ") c"), generation, month).param("prefix", "%").update();
        month(jdbc.sql("""
                INSERT INTO indicator_month (generation, month, refreshed_at) VALUES (:g, :start, now())
                ON CONFLICT (generation, month) DO UPDATE SET refreshed_at = now()"""), generation, month).update();
    }

    @Override
    @Transactional
    public void forgetBefore(int generation, YearMonth from) {
        for (String table : List.of("indicator_month", "indicator_count")) {
            jdbc.sql("DELETE FROM " + table + " WHERE generation = :g AND month < :start").param("g", generation)
                    .param("start", from.atDay(1)).update();
        }
    }

    private static JdbcClient.StatementSpec month(JdbcClient.StatementSpec statement, int generation, YearMonth month) {
        return statement.param("g", generation).param("start", month.atDay(1)).param("end", month.atEndOfMonth());
    }

    @Override
    public List<Target> targets(LocalDate on) {
        return jdbc.sql("""
                        SELECT DISTINCT ON (indicator, region) indicator, region, target_percent, comparison, source
                        FROM indicator_target WHERE effective_from <= :on ORDER BY indicator, region, effective_from DESC""")
                .param("on", on)
                .query((rs, n) -> new Target(rs.getString("indicator"), rs.getString("region"),
                        rs.getBigDecimal("target_percent"), rs.getString("comparison"), rs.getString("source")))
                .list();
    }

    @Override
    public int minimumCell(LocalDate on) {
        return jdbc.sql("""
                        SELECT minimum_cell_size FROM warning_policy WHERE effective_from <= :on
                        ORDER BY effective_from DESC LIMIT 1""")
                .param("on", on).query(Integer.class).single();
    }
}

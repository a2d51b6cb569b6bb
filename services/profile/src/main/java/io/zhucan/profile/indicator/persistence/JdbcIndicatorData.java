package io.zhucan.profile.indicator.persistence;

import io.zhucan.profile.indicator.Count;
import io.zhucan.profile.indicator.IndicatorData;
import io.zhucan.profile.indicator.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Set-based counts over the active generation, one statement for every indicator (see IndicatorSql). */
@Repository
class JdbcIndicatorData implements IndicatorData {

    private final JdbcClient jdbc;

    JdbcIndicatorData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Count> counts(int generation, String countyPrefix, YearMonth month) {
        return jdbc.sql(IndicatorSql.COUNTS)
                .param("g", generation).param("prefix", countyPrefix + "%")
                .param("start", month.atDay(1)).param("end", month.atEndOfMonth())
                .query((rs, n) -> new Count(rs.getString("county"), rs.getString("indicator"), rs.getLong("numerator"),
                        rs.getLong("denominator")))
                .list();
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

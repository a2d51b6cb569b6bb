package io.zhucan.rehabilitation.child.persistence;

import io.zhucan.rehabilitation.child.AgeLimit;
import io.zhucan.rehabilitation.child.ChildPolicy;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The version in force on the day for the county, its city or the province: the most specific wins. */
@Repository
class JdbcChildPolicy implements ChildPolicy {

    private static final String MOST_SPECIFIC = """
            SELECT %s FROM %s
            WHERE region IN (:county, :city, :province) AND valid_from <= :on AND (valid_to IS NULL OR valid_to > :on)
            ORDER BY CASE region WHEN :county THEN 0 WHEN :city THEN 1 ELSE 2 END, valid_from DESC LIMIT 1""";

    private final JdbcClient jdbc;

    JdbcChildPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AgeLimit ageLimit(String county, LocalDate on) {
        return new AgeLimit(inForce("max_age", "child_age_limit", county, on).intValue());
    }

    @Override
    public long yearlyCapFen(String county, LocalDate on) {
        return inForce("year_cap_fen", "child_subsidy_cap", county, on);
    }

    private Long inForce(String column, String table, String county, LocalDate on) {
        return jdbc.sql(MOST_SPECIFIC.formatted(column, table))
                .param("county", county)
                .param("city", county.substring(0, 4) + "00")
                .param("province", county.substring(0, 2) + "0000")
                .param("on", Date.valueOf(on))
                .query(Long.class).optional()
                .orElseThrow(() -> new IllegalStateException("no " + table + " in force for " + county + " on " + on));
    }
}

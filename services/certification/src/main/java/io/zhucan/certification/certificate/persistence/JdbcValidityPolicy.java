package io.zhucan.certification.certificate.persistence;

import io.zhucan.certification.certificate.Validity;
import io.zhucan.certification.certificate.ValidityPolicy;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.time.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Validity rules from the policy table; a category-specific rule wins over the general one. */
@Repository
class JdbcValidityPolicy implements ValidityPolicy {

    private final JdbcClient jdbc;

    JdbcValidityPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Validity forHolder(int age, DisabilityCategory category) {
        return jdbc.sql("""
                        SELECT valid_years, renewal_window_days FROM validity_rule
                        WHERE :age BETWEEN min_age AND max_age AND (category IS NULL OR category = :category)
                        ORDER BY category NULLS LAST LIMIT 1""")
                .param("age", age)
                .param("category", category.name())
                .query((rs, n) -> new Validity(Period.ofYears(rs.getInt("valid_years")), rs.getInt("renewal_window_days")))
                .optional()
                .orElseThrow(() -> new IllegalStateException("no validity rule covers age " + age));
    }
}

package io.zhucan.employment.outreach.persistence;

import io.zhucan.employment.outreach.LabourAge;
import io.zhucan.employment.outreach.LabourAgePolicy;
import io.zhucan.platform.events.vocabulary.Sex;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Labour age from the policy tables: the policy in force on the day, the retirement age of the birth month. */
@Repository
class JdbcLabourAgePolicy implements LabourAgePolicy {

    private final JdbcClient jdbc;

    JdbcLabourAgePolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public LabourAge forPerson(Sex sex, LocalDate birthDate, LocalDate day) {
        return jdbc.sql("""
                        SELECT p.minimum_age_years, r.age_months
                        FROM labour_age_policy p
                        JOIN retirement_age r ON r.scheme = CASE WHEN :sex = 'MALE' THEN 'MALE' ELSE p.female_scheme END
                                             AND :birth BETWEEN r.born_from AND r.born_to
                        WHERE p.effective_from <= :day AND (p.effective_to IS NULL OR p.effective_to >= :day)""")
                .param("sex", sex.name())
                .param("birth", birthDate)
                .param("day", day)
                .query((rs, n) -> new LabourAge(rs.getInt(1), rs.getInt(2)))
                .optional()
                .orElseThrow(() -> new IllegalStateException("no labour-age policy in force on " + day));
    }
}

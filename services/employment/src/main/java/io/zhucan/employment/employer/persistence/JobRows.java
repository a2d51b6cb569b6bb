package io.zhucan.employment.employer.persistence;

import io.zhucan.employment.employer.Job;
import io.zhucan.employment.shared.Accommodation;
import io.zhucan.employment.shared.Education;
import io.zhucan.employment.shared.persistence.SqlArrays;
import io.zhucan.platform.events.employment.WorkForm;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A job row to and from its record. */
public final class JobRows {

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Job j) {
        return sql.param("id", j.id()).param("employer", j.employerId()).param("title", j.title())
                .param("description", j.description()).param("skills", SqlArrays.texts(j.requiredSkills()))
                .param("skillsText", String.join(" ", j.requiredSkills()))
                .param("education", j.minimumEducation().name()).param("rank", j.minimumEducation().rank())
                .param("form", j.workForm().name()).param("wage", j.monthlyWageFen()).param("county", j.county())
                .param("remote", j.remote()).param("accessibility", SqlArrays.names(j.accessibility()))
                .param("categories", SqlArrays.names(j.suitedCategories())).param("open", j.open());
    }

    public static Job job(ResultSet rs, int n) throws SQLException {
        return new Job(rs.getObject("id", UUID.class), rs.getObject("employer_id", UUID.class), rs.getString("title"),
                rs.getString("description"), SqlArrays.texts(rs, "required_skills"),
                Education.valueOf(rs.getString("min_education")), WorkForm.valueOf(rs.getString("work_form")),
                rs.getLong("monthly_wage_fen"), rs.getString("county"), rs.getBoolean("remote"),
                SqlArrays.enums(rs, "accessibility", Accommodation::valueOf),
                SqlArrays.enums(rs, "suited_categories", DisabilityCategory::valueOf), rs.getBoolean("open"));
    }

    private JobRows() {
    }
}

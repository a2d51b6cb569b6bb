package io.zhucan.employment.employer.persistence;

import io.zhucan.employment.employer.Employer;
import io.zhucan.employment.employer.Employers;
import io.zhucan.employment.employer.Job;
import io.zhucan.employment.employer.JobFilter;
import io.zhucan.employment.shared.persistence.SqlArrays;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcEmployers implements Employers {

    private final JdbcClient jdbc;

    JdbcEmployers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(Employer e) {
        return jdbc.sql("""
                        INSERT INTO employer (id, credit_code, name, county, headcount, registered_at)
                        VALUES (:id, :code, :name, :county, :headcount, :at) ON CONFLICT (credit_code) DO NOTHING""")
                .param("id", e.id()).param("code", e.creditCode()).param("name", e.name()).param("county", e.county())
                .param("headcount", e.headcount()).param("at", Timestamp.from(e.registeredAt()))
                .update() == 1;
    }

    @Override
    public Optional<Employer> byId(UUID id) {
        return jdbc.sql("SELECT * FROM employer WHERE id = :id").param("id", id).query(JdbcEmployers::employer)
                .optional();
    }

    @Override
    public Optional<Employer> byCreditCode(String creditCode) {
        return jdbc.sql("SELECT * FROM employer WHERE credit_code = :code").param("code", creditCode)
                .query(JdbcEmployers::employer).optional();
    }

    @Override
    public List<Employer> inRegion(String regionPrefix) {
        return jdbc.sql("SELECT * FROM employer WHERE county LIKE :prefix ORDER BY name")
                .param("prefix", regionPrefix + "%").query(JdbcEmployers::employer).list();
    }

    @Override
    public void saveJob(Job j) {
        JobRows.bind(jdbc.sql("""
                INSERT INTO job (id, employer_id, title, description, required_skills, skills_text, min_education,
                    min_education_rank, work_form, monthly_wage_fen, county, remote, accessibility, suited_categories,
                    open, updated_at)
                VALUES (:id, :employer, :title, :description, :skills, :skillsText, :education, :rank, :form, :wage,
                    :county, :remote, :accessibility, :categories, :open, now())
                ON CONFLICT (id) DO UPDATE SET title = excluded.title, description = excluded.description,
                    required_skills = excluded.required_skills, skills_text = excluded.skills_text,
                    min_education = excluded.min_education, min_education_rank = excluded.min_education_rank,
                    work_form = excluded.work_form, monthly_wage_fen = excluded.monthly_wage_fen,
                    county = excluded.county, remote = excluded.remote, accessibility = excluded.accessibility,
                    suited_categories = excluded.suited_categories, open = excluded.open, updated_at = now()"""), j)
                .update();
    }

    @Override
    public Optional<Job> job(UUID id) {
        return jdbc.sql("SELECT * FROM job WHERE id = :id").param("id", id).query(JobRows::job).optional();
    }

    @Override
    public List<Job> jobsOf(UUID employerId) {
        return jdbc.sql("SELECT * FROM job WHERE employer_id = :e ORDER BY title").param("e", employerId)
                .query(JobRows::job).list();
    }

    @Override
    public List<Job> openJobs(JobFilter filter, int limit) {
        return jdbc.sql("""
                        SELECT * FROM job
                        WHERE open AND accessibility @> :needs::text[] AND work_form = ANY (:forms::text[])
                          AND min_education_rank <= :rank AND (remote OR city = :city)
                        ORDER BY (county = :county) DESC, (city = :city) DESC, monthly_wage_fen DESC, id
                        LIMIT :limit""")
                .param("needs", SqlArrays.names(filter.needed())).param("forms", SqlArrays.names(filter.workForms()))
                .param("rank", filter.education().rank()).param("city", filter.city())
                .param("county", filter.county()).param("limit", limit)
                .query(JobRows::job).list();
    }

    @Override
    public List<Job> searchOpenJobs(String text, int limit) {
        return jdbc.sql("""
                        SELECT * FROM job WHERE open AND (:text = '' OR search @@ plainto_tsquery('simple', :text))
                        ORDER BY ts_rank(search, plainto_tsquery('simple', :text)) DESC, id LIMIT :limit""")
                .param("text", text.toLowerCase(Locale.ROOT)).param("limit", limit).query(JobRows::job).list();
    }

    private static Employer employer(ResultSet rs, int n) throws SQLException {
        return new Employer(rs.getObject("id", UUID.class), rs.getString("credit_code"), rs.getString("name"),
                rs.getString("county"), rs.getInt("headcount"), rs.getTimestamp("registered_at").toInstant());
    }
}

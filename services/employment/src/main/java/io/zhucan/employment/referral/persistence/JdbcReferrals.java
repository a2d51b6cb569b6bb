package io.zhucan.employment.referral.persistence;

import io.zhucan.employment.matching.Factor;
import io.zhucan.employment.referral.Placement;
import io.zhucan.employment.referral.Referral;
import io.zhucan.employment.referral.ReferralStatus;
import io.zhucan.employment.referral.Referrals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcReferrals implements Referrals {

    private static final TypeReference<List<Factor>> FACTORS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcReferrals(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public boolean add(Referral r) {
        return jdbc.sql("""
                        INSERT INTO referral (id, job_id, employer_id, person_id, county, status, score, explanation,
                            proposed_at, proposed_by, updated_at, version)
                        VALUES (:id, :job, :employer, :person, :county, :status, :score, :explanation::jsonb, :at, :by,
                            now(), :version)
                        ON CONFLICT (job_id, person_id) DO NOTHING""")
                .param("id", r.id()).param("job", r.jobId()).param("employer", r.employerId())
                .param("person", r.personId()).param("county", r.county()).param("status", r.status().name())
                .param("score", r.score()).param("explanation", json.writeValueAsString(r.explanation()))
                .param("at", Timestamp.from(r.proposedAt())).param("by", r.proposedBy()).param("version", r.version())
                .update() == 1;
    }

    @Override
    public boolean update(Referral r) {
        return jdbc.sql("""
                        UPDATE referral SET status = :status, version = :version, updated_at = now()
                        WHERE id = :id AND version = :previous""")
                .param("status", r.status().name()).param("version", r.version()).param("id", r.id())
                .param("previous", r.version() - 1)
                .update() == 1;
    }

    @Override
    public Optional<Referral> byId(UUID id) {
        return jdbc.sql("SELECT * FROM referral WHERE id = :id").param("id", id).query(this::referral).optional();
    }

    @Override
    public List<Referral> ofPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM referral WHERE person_id = :p ORDER BY proposed_at DESC").param("p", personId)
                .query(this::referral).list();
    }

    @Override
    public List<Referral> ofEmployerWithConsent(UUID employerId) {
        return jdbc.sql("""
                        SELECT r.* FROM referral r JOIN seeker s ON s.person_id = r.person_id
                        WHERE r.employer_id = :e AND 'MATCHING' = ANY (s.consent_scopes) AND s.closed_reason IS NULL
                        ORDER BY r.proposed_at DESC""")
                .param("e", employerId).query(this::referral).list();
    }

    @Override
    public void addPlacement(Placement p) {
        jdbc.sql("""
                        INSERT INTO placement (id, referral_id, person_id, job_id, employer_id, work_form, start_date,
                            monthly_wage_fen, created_at)
                        VALUES (:id, :referral, :person, :job, :employer, :form, :start, :wage, now())""")
                .param("id", p.id()).param("referral", p.referralId()).param("person", p.personId())
                .param("job", p.jobId()).param("employer", p.employerId()).param("form", p.workForm().name())
                .param("start", p.startDate()).param("wage", p.monthlyWageFen())
                .update();
    }

    private Referral referral(ResultSet rs, int n) throws SQLException {
        return new Referral(rs.getObject("id", UUID.class), rs.getObject("job_id", UUID.class),
                rs.getObject("employer_id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("county"),
                ReferralStatus.valueOf(rs.getString("status")), rs.getInt("score"),
                json.readValue(rs.getString("explanation"), FACTORS), rs.getTimestamp("proposed_at").toInstant(),
                rs.getString("proposed_by"), rs.getInt("version"));
    }
}

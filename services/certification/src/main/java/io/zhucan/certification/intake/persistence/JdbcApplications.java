package io.zhucan.certification.intake.persistence;

import io.zhucan.certification.certificate.Assessment;
import io.zhucan.certification.shared.persistence.DisabilitiesJson;
import io.zhucan.certification.shared.persistence.RegionScopes;
import io.zhucan.certification.intake.ApplicationKind;
import io.zhucan.certification.intake.ApplicationStatus;
import io.zhucan.certification.intake.Applications;
import io.zhucan.certification.intake.CertificateApplication;
import io.zhucan.certification.intake.Review;
import io.zhucan.platform.domain.ConcurrentChangeException;
import io.zhucan.platform.events.certification.ApplicationChannel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcApplications implements Applications {

    private final JdbcClient jdbc;
    private final DisabilitiesJson disabilities;

    JdbcApplications(JdbcClient jdbc, DisabilitiesJson disabilities) {
        this.jdbc = jdbc;
        this.disabilities = disabilities;
    }

    @Override
    public Optional<CertificateApplication> byId(UUID id) {
        return jdbc.sql("SELECT * FROM certificate_application WHERE id = :id").param("id", id).query(this::map)
                .optional();
    }

    @Override
    public List<CertificateApplication> ofPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM certificate_application WHERE person_id = :person ORDER BY submitted_at DESC")
                .param("person", personId).query(this::map).list();
    }

    @Override
    public List<CertificateApplication> openDueFrom(LocalDate from) {
        return jdbc.sql("""
                        SELECT * FROM certificate_application
                        WHERE status IN ('SUBMITTED', 'ASSESSED') AND step_due_on >= :from""")
                .param("from", from).query(this::map).list();
    }

    @Override
    public void add(CertificateApplication a) {
        jdbc.sql("""
                        INSERT INTO certificate_application (id, person_id, kind, certificate_id, household_county,
                            accepting_county, channel, home_assessment, registered_by, submitted_at, status, step_due_on,
                            version)
                        VALUES (:id, :person, :kind, :certificate, :county, :accepting, :channel, :home, :registeredBy,
                            :submittedAt, :status, :dueOn, 0)""")
                .param("id", a.id())
                .param("person", a.personId())
                .param("kind", a.kind().name())
                .param("certificate", a.certificateId())
                .param("county", a.householdCounty())
                .param("accepting", a.acceptingCounty())
                .param("channel", a.channel().name())
                .param("home", a.homeAssessmentRequested())
                .param("registeredBy", a.registeredBy())
                .param("submittedAt", Timestamp.from(a.submittedAt()))
                .param("status", a.status().name())
                .param("dueOn", a.stepDueOn())
                .update();
    }

    @Override
    public CertificateApplication update(CertificateApplication a) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", a.id());
        columns.put("version", a.version());
        columns.put("status", a.status().name());
        columns.put("dueOn", a.stepDueOn());
        columns.put("certificate", a.certificateId());
        Assessment assessment = a.assessment();
        columns.put("disabilities", assessment == null ? null : disabilities.write(assessment.disabilities()));
        columns.put("institution", assessment == null ? null : assessment.institution());
        columns.put("assessedBy", assessment == null ? null : assessment.assessor());
        columns.put("assessedOn", assessment == null ? null : assessment.assessedOn());
        Review review = a.review();
        columns.put("reviewedBy", review == null ? null : review.reviewer());
        columns.put("approved", review == null ? null : review.approved());
        columns.put("reason", review == null ? null : review.reason());
        columns.put("reviewedAt", review == null ? null : Timestamp.from(review.at()));
        int updated = jdbc.sql("""
                        UPDATE certificate_application SET status = :status, step_due_on = :dueOn,
                            certificate_id = :certificate,
                            disabilities = CAST(:disabilities AS jsonb), institution = :institution,
                            assessed_by = :assessedBy, assessed_on = :assessedOn, reviewed_by = :reviewedBy,
                            review_approved = :approved, review_reason = :reason, reviewed_at = :reviewedAt,
                            version = version + 1
                        WHERE id = :id AND version = :version""")
                .params(columns)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("application " + a.id() + " was changed meanwhile");
        }
        return new CertificateApplication(a.id(), a.personId(), a.kind(), a.certificateId(), a.householdCounty(),
                a.acceptingCounty(), a.channel(), a.homeAssessmentRequested(), a.registeredBy(), a.submittedAt(),
                a.status(), a.stepDueOn(), a.assessment(), a.review(), a.version() + 1);
    }

    @Override
    public List<CertificateApplication> search(String regionScope, @Nullable ApplicationStatus status,
            boolean overdueOnly, LocalDate today, int limit) {
        return jdbc.sql("""
                        SELECT a.* FROM certificate_application a
                        JOIN person p ON p.id = a.person_id
                        WHERE a.household_county LIKE :prefix
                          AND (CAST(:township AS CHAR(9)) IS NULL
                               OR (p.household_township = :township AND p.household_county = a.household_county))
                          AND (CAST(:status AS VARCHAR) IS NULL OR status = :status)
                          AND (NOT :overdueOnly OR (status IN ('SUBMITTED', 'ASSESSED') AND step_due_on < :today))
                        ORDER BY step_due_on, submitted_at LIMIT :limit""")
                .param("prefix", RegionScopes.likePrefix(regionScope))
                .param("township", RegionScopes.township(regionScope))
                .param("status", status == null ? null : status.name())
                .param("overdueOnly", overdueOnly)
                .param("today", today)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    private CertificateApplication map(ResultSet rs, int row) throws SQLException {
        String disabilitiesColumn = rs.getString("disabilities");
        Assessment assessment = disabilitiesColumn == null ? null : new Assessment(disabilities.read(disabilitiesColumn),
                rs.getString("institution"), rs.getString("assessed_by"), rs.getDate("assessed_on").toLocalDate());
        Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
        Review review = reviewedAt == null ? null : new Review(rs.getString("reviewed_by"),
                rs.getBoolean("review_approved"), rs.getString("review_reason"), reviewedAt.toInstant());
        return new CertificateApplication(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                ApplicationKind.valueOf(rs.getString("kind")), rs.getObject("certificate_id", UUID.class),
                rs.getString("household_county"), rs.getString("accepting_county"),
                ApplicationChannel.valueOf(rs.getString("channel")), rs.getBoolean("home_assessment"),
                rs.getString("registered_by"), rs.getTimestamp("submitted_at").toInstant(),
                ApplicationStatus.valueOf(rs.getString("status")), rs.getDate("step_due_on").toLocalDate(), assessment,
                review, rs.getLong("version"));
    }
}

package io.zhucan.certification.certificate.persistence;

import io.zhucan.certification.certificate.Certificate;
import io.zhucan.certification.certificate.CertificateStatus;
import io.zhucan.certification.certificate.Certificates;
import io.zhucan.certification.shared.persistence.DisabilitiesJson;
import io.zhucan.platform.domain.ConcurrentChangeException;
import io.zhucan.platform.events.certification.CancellationReason;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcCertificates implements Certificates {

    private final JdbcClient jdbc;
    private final DisabilitiesJson disabilities;

    JdbcCertificates(JdbcClient jdbc, DisabilitiesJson disabilities) {
        this.jdbc = jdbc;
        this.disabilities = disabilities;
    }

    @Override
    public Optional<Certificate> byId(UUID id) {
        return jdbc.sql("SELECT * FROM certificate WHERE id = :id").param("id", id).query(this::map).optional();
    }

    @Override
    public Optional<Certificate> currentOf(UUID personId) {
        return jdbc.sql("SELECT * FROM certificate WHERE person_id = :person AND status <> 'CANCELLED'")
                .param("person", personId).query(this::map).optional();
    }

    @Override
    public Optional<Certificate> byVerificationCode(String code) {
        return jdbc.sql("SELECT * FROM certificate WHERE verification_code = :code").param("code", code)
                .query(this::map).optional();
    }

    @Override
    public void add(Certificate c) {
        jdbc.sql("""
                        INSERT INTO certificate (id, person_id, number, category, grade, disabilities, household_county,
                            issued_on, valid_until, status, verification_code, status_reason, cancellation_reason,
                            cancelled_on, version)
                        VALUES (:id, :person, :number, :category, :grade, CAST(:disabilities AS jsonb), :county, :issuedOn,
                            :validUntil, :status, :code, :reason, :cancellationReason, :cancelledOn, 0)""")
                .params(columns(c))
                .update();
    }

    @Override
    public Certificate update(Certificate c) {
        int updated = jdbc.sql("""
                        UPDATE certificate SET number = :number, category = :category, grade = :grade,
                            disabilities = CAST(:disabilities AS jsonb), household_county = :county, issued_on = :issuedOn,
                            valid_until = :validUntil, status = :status, verification_code = :code,
                            status_reason = :reason, cancellation_reason = :cancellationReason,
                            cancelled_on = :cancelledOn, version = version + 1, updated_at = now()
                        WHERE id = :id AND version = :version""")
                .params(columns(c))
                .param("version", c.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("certificate " + c.id() + " was changed meanwhile");
        }
        return new Certificate(c.id(), c.personId(), c.number(), c.category(), c.grade(), c.disabilities(),
                c.householdCounty(), c.issuedOn(), c.validUntil(), c.status(), c.verificationCode(), c.statusReason(),
                c.cancellationReason(), c.cancelledOn(), c.version() + 1);
    }

    @Override
    public List<UUID> validUntilBefore(LocalDate today, int limit) {
        return jdbc.sql("SELECT id FROM certificate WHERE status = 'VALID' AND valid_until < :today ORDER BY valid_until LIMIT :limit")
                .param("today", today).param("limit", limit).query(UUID.class).list();
    }

    private java.util.Map<String, Object> columns(Certificate c) {
        var columns = new java.util.HashMap<String, Object>();
        columns.put("id", c.id());
        columns.put("person", c.personId());
        columns.put("number", c.number());
        columns.put("category", c.category().name());
        columns.put("grade", c.grade().name());
        columns.put("disabilities", disabilities.write(c.disabilities()));
        columns.put("county", c.householdCounty());
        columns.put("issuedOn", c.issuedOn());
        columns.put("validUntil", c.validUntil());
        columns.put("status", c.status().name());
        columns.put("code", c.verificationCode());
        columns.put("reason", c.statusReason());
        columns.put("cancellationReason", c.cancellationReason() == null ? null : c.cancellationReason().name());
        columns.put("cancelledOn", c.cancelledOn());
        return columns;
    }

    private Certificate map(ResultSet rs, int row) throws SQLException {
        String cancellation = rs.getString("cancellation_reason");
        Date cancelledOn = rs.getDate("cancelled_on");
        return new Certificate(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("number"), DisabilityCategory.valueOf(rs.getString("category")),
                DisabilityGrade.valueOf(rs.getString("grade")), disabilities.read(rs.getString("disabilities")),
                rs.getString("household_county"), rs.getDate("issued_on").toLocalDate(),
                rs.getDate("valid_until").toLocalDate(), CertificateStatus.valueOf(rs.getString("status")),
                rs.getString("verification_code"), rs.getString("status_reason"),
                cancellation == null ? null : CancellationReason.valueOf(cancellation),
                cancelledOn == null ? null : cancelledOn.toLocalDate(), rs.getLong("version"));
    }
}

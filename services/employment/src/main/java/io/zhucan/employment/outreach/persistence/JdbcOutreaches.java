package io.zhucan.employment.outreach.persistence;

import io.zhucan.employment.outreach.CertificateHolder;
import io.zhucan.employment.outreach.Outreach;
import io.zhucan.employment.outreach.Outreaches;
import io.zhucan.employment.shared.RegionListing;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.Sex;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOutreaches implements Outreaches {

    private final JdbcClient jdbc;

    JdbcOutreaches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveHolder(CertificateHolder h) {
        jdbc.sql("""
                        INSERT INTO certificate_holder (person_id, certificate_id, county, category, grade, visual_grade,
                            birth_date, sex, updated_at)
                        VALUES (:person, :certificate, :county, :category, :grade, :visual, :birth, :sex, now())
                        ON CONFLICT (person_id) DO UPDATE SET certificate_id = excluded.certificate_id,
                            county = excluded.county, category = excluded.category, grade = excluded.grade,
                            visual_grade = excluded.visual_grade, updated_at = now()""")
                .param("person", h.personId()).param("certificate", h.certificateId()).param("county", h.county())
                .param("category", h.category().name()).param("grade", h.grade().level())
                .param("visual", h.visualGrade() == null ? null : h.visualGrade().level())
                .param("birth", h.birthDate()).param("sex", h.sex().name())
                .update();
    }

    @Override
    public Optional<CertificateHolder> holder(UUID personId) {
        return jdbc.sql("SELECT * FROM certificate_holder WHERE person_id = :p").param("p", personId)
                .query(JdbcOutreaches::holder).optional();
    }

    @Override
    public List<CertificateHolder> holders(List<UUID> personIds) {
        return jdbc.sql("SELECT * FROM certificate_holder WHERE person_id = ANY(:ids)")
                .param("ids", personIds.toArray(UUID[]::new)).query(JdbcOutreaches::holder).list();
    }

    @Override
    public boolean open(Outreach o) {
        return jdbc.sql("""
                        INSERT INTO outreach (id, person_id, county, certificate_id, created_at)
                        VALUES (:id, :person, :county, :certificate, :at) ON CONFLICT (person_id) DO NOTHING""")
                .param("id", o.id()).param("person", o.personId()).param("county", o.county())
                .param("certificate", o.certificateId()).param("at", Timestamp.from(o.createdAt()))
                .update() == 1;
    }

    @Override
    public Optional<Outreach> of(UUID personId) {
        return jdbc.sql("SELECT * FROM outreach WHERE person_id = :p").param("p", personId)
                .query(JdbcOutreaches::outreach).optional();
    }

    @Override
    public List<Outreach> inRegion(RegionListing region, int limit) {
        return jdbc.sql("""
                        SELECT * FROM outreach WHERE county LIKE :prefix AND (CAST(:township AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM certificate_holder h WHERE h.person_id = outreach.person_id AND h.county = outreach.county AND h.township = :township))
                        ORDER BY created_at DESC LIMIT :limit""")
                .param("prefix", region.countyPrefix() + "%").param("township", region.township()).param("limit", limit)
                .query(JdbcOutreaches::outreach).list();
    }

    @Override
    public void holderLivesIn(UUID personId, @Nullable String township) {
        jdbc.sql("UPDATE certificate_holder SET township = :township WHERE person_id = :p")
                .param("township", township).param("p", personId).update();
    }

    @Override
    public String placeOf(UUID personId, String county) {
        return jdbc.sql("SELECT township FROM certificate_holder WHERE person_id = :p AND county = :county AND township IS NOT NULL")
                .param("p", personId).param("county", county).query(String.class).optional().orElse(county);
    }

    private static Outreach outreach(ResultSet rs, int n) throws SQLException {
        return new Outreach(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("county"), rs.getObject("certificate_id", UUID.class),
                rs.getTimestamp("created_at").toInstant());
    }

    private static CertificateHolder holder(ResultSet rs, int n) throws SQLException {
        int visual = rs.getInt("visual_grade");
        DisabilityGrade visualGrade = rs.wasNull() ? null : DisabilityGrade.ofLevel(visual);
        return new CertificateHolder(rs.getObject("person_id", UUID.class), rs.getObject("certificate_id", UUID.class),
                rs.getString("county"), DisabilityCategory.valueOf(rs.getString("category")),
                DisabilityGrade.ofLevel(rs.getInt("grade")), visualGrade,
                rs.getObject("birth_date", java.time.LocalDate.class), Sex.valueOf(rs.getString("sex")));
    }
}

package io.zhucan.employment.seeker.persistence;

import io.zhucan.employment.seeker.Consent;
import io.zhucan.employment.seeker.JobSeeker;
import io.zhucan.employment.seeker.Profile;
import io.zhucan.employment.seeker.SeekerFilter;
import io.zhucan.employment.seeker.Seekers;
import io.zhucan.employment.shared.Accommodation;
import io.zhucan.employment.shared.Education;
import io.zhucan.employment.shared.RegionListing;
import io.zhucan.employment.shared.persistence.SqlArrays;
import io.zhucan.platform.events.employment.ConsentScope;
import io.zhucan.platform.events.employment.WorkForm;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSeekers implements Seekers {

    private final JdbcClient jdbc;

    JdbcSeekers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean add(JobSeeker s) {
        return bind(jdbc.sql("""
                INSERT INTO seeker (id, person_id, county, category, skills, skills_text, education, education_rank,
                    work_forms, location_county, accommodations, consent_scopes, consent_changed_at, consent_recorded_by,
                    registered_at)
                VALUES (:id, :person, :county, :category, :skills, :skillsText, :education, :rank, :forms, :location,
                    :accommodations, :scopes, :consentAt, :consentBy, :registeredAt)
                ON CONFLICT (person_id) DO NOTHING"""), s).update() == 1;
    }

    @Override
    public void update(JobSeeker s) {
        bind(jdbc.sql("""
                UPDATE seeker SET county = :county, skills = :skills, skills_text = :skillsText, education = :education,
                    education_rank = :rank, work_forms = :forms, location_county = :location,
                    accommodations = :accommodations, consent_scopes = :scopes, consent_changed_at = :consentAt,
                    consent_recorded_by = :consentBy, closed_reason = :closedReason
                WHERE id = :id"""), s).update();
    }

    @Override
    public void recordConsent(JobSeeker s, String recordedAs) {
        jdbc.sql("""
                        INSERT INTO consent_record (seeker_id, scopes, recorded_at, recorded_by, recorded_as)
                        VALUES (:seeker, :scopes, :at, :by, :as)""")
                .param("seeker", s.id()).param("scopes", SqlArrays.names(s.consent().scopes()))
                .param("at", Timestamp.from(s.consent().changedAt())).param("by", s.consent().recordedBy())
                .param("as", recordedAs)
                .update();
    }

    @Override
    public List<JobSeeker> consenting(SeekerFilter filter, int limit) {
        return jdbc.sql("""
                        SELECT * FROM seeker
                        WHERE 'MATCHING' = ANY (consent_scopes) AND closed_reason IS NULL
                          AND (NOT :viewOnly OR 'EMPLOYER_VIEW' = ANY (consent_scopes))
                          AND accommodations <@ :offers::text[] AND work_forms @> ARRAY[:form]::text[]
                          AND education_rank >= :rank AND (:remote OR location_city = :city)
                          AND county LIKE :region AND (CAST(:township AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM certificate_holder h WHERE h.person_id = seeker.person_id AND h.county = seeker.county AND h.township = :township))
                        ORDER BY (location_county = :county) DESC, (location_city = :city) DESC, person_id
                        LIMIT :limit""")
                .param("viewOnly", filter.employerViewOnly())
                .param("offers", SqlArrays.names(filter.offered())).param("form", filter.workForm().name())
                .param("rank", filter.minimumEducation().rank()).param("remote", filter.remote())
                .param("city", filter.city()).param("county", filter.county())
                .param("region", filter.region().countyPrefix() + "%").param("township", filter.region().township())
                .param("limit", limit)
                .query(SeekerRows::seeker).list();
    }

    @Override
    public Optional<JobSeeker> byPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM seeker WHERE person_id = :p").param("p", personId)
                .query(SeekerRows::seeker).optional();
    }

    @Override
    public List<JobSeeker> searchActive(RegionListing region, String text, int limit) {
        return jdbc.sql("""
                        SELECT * FROM seeker
                        WHERE 'MATCHING' = ANY (consent_scopes) AND closed_reason IS NULL AND county LIKE :prefix
                          AND (CAST(:township AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM certificate_holder h WHERE h.person_id = seeker.person_id AND h.county = seeker.county AND h.township = :township))
                          AND (:text = '' OR search @@ plainto_tsquery('simple', :text))
                        ORDER BY registered_at DESC LIMIT :limit""")
                .param("prefix", region.countyPrefix() + "%").param("township", region.township()).param("text", text.toLowerCase(java.util.Locale.ROOT))
                .param("limit", limit)
                .query(SeekerRows::seeker).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, JobSeeker s) {
        Profile p = s.profile();
        return sql.param("id", s.id()).param("person", s.personId()).param("county", s.county())
                .param("category", s.category().name()).param("skills", SqlArrays.texts(p.skills()))
                .param("skillsText", String.join(" ", p.skills())).param("education", p.education().name())
                .param("rank", p.education().rank()).param("forms", SqlArrays.names(p.workForms()))
                .param("location", p.locationCounty()).param("accommodations", SqlArrays.names(p.accommodations()))
                .param("scopes", SqlArrays.names(s.consent().scopes()))
                .param("consentAt", Timestamp.from(s.consent().changedAt()))
                .param("consentBy", s.consent().recordedBy()).param("registeredAt", Timestamp.from(s.registeredAt()))
                .param("closedReason", s.closedReason());
    }
}

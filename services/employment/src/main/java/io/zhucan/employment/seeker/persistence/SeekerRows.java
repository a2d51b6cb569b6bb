package io.zhucan.employment.seeker.persistence;

import io.zhucan.employment.seeker.Consent;
import io.zhucan.employment.seeker.JobSeeker;
import io.zhucan.employment.seeker.Profile;
import io.zhucan.employment.shared.Accommodation;
import io.zhucan.employment.shared.Education;
import io.zhucan.employment.shared.persistence.SqlArrays;
import io.zhucan.platform.events.employment.ConsentScope;
import io.zhucan.platform.events.employment.WorkForm;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** A seeker row to its record. */
public final class SeekerRows {

    public static JobSeeker seeker(ResultSet rs, int n) throws SQLException {
        Profile profile = new Profile(SqlArrays.texts(rs, "skills"), Education.valueOf(rs.getString("education")),
                SqlArrays.enums(rs, "work_forms", WorkForm::valueOf), rs.getString("location_county"),
                SqlArrays.enums(rs, "accommodations", Accommodation::valueOf));
        Consent consent = new Consent(SqlArrays.enums(rs, "consent_scopes", ConsentScope::valueOf),
                rs.getTimestamp("consent_changed_at").toInstant(), rs.getString("consent_recorded_by"));
        return new JobSeeker(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("county"), DisabilityCategory.valueOf(rs.getString("category")), profile, consent,
                rs.getTimestamp("registered_at").toInstant(), rs.getString("closed_reason"));
    }

    private SeekerRows() {
    }
}

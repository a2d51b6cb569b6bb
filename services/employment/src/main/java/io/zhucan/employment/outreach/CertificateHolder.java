package io.zhucan.employment.outreach;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.events.vocabulary.Sex;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What certification told us of a certificate holder: county, disability (with the grade of a
 * visual disability, if any, for the quota's counting rule), birth date and sex for labour age.
 */
public record CertificateHolder(UUID personId, UUID certificateId, String county, DisabilityCategory category,
        DisabilityGrade grade, @Nullable DisabilityGrade visualGrade, LocalDate birthDate, Sex sex) {
}

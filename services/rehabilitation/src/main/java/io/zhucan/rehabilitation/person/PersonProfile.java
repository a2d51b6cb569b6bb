package io.zhucan.rehabilitation.person;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A certificate holder as this service needs them: the county that owns the case (属地), the
 * certificate's category and grade with each disability (they decide which devices suit), and the
 * birth date (ages). {@code certified} is false once the certificate was cancelled.
 */
public record PersonProfile(
        UUID personId,
        UUID certificateId,
        String county,
        DisabilityCategory category,
        DisabilityGrade grade,
        List<Disability> disabilities,
        @Nullable LocalDate birthDate,
        boolean certified) {

    public PersonProfile {
        disabilities = disabilities.isEmpty() ? List.of(new Disability(category, grade)) : List.copyOf(disabilities);
    }

    public PersonProfile regraded(DisabilityCategory newCategory, DisabilityGrade newGrade, List<Disability> newDisabilities,
            String newCounty) {
        return new PersonProfile(personId, certificateId, newCounty, newCategory, newGrade, newDisabilities, birthDate,
                true);
    }

    public PersonProfile movedTo(String newCounty) {
        return new PersonProfile(personId, certificateId, newCounty, category, grade, disabilities, birthDate, certified);
    }

    public PersonProfile cancelled() {
        return new PersonProfile(personId, certificateId, county, category, grade, disabilities, birthDate, false);
    }
}

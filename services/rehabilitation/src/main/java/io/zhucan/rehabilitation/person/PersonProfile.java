package io.zhucan.rehabilitation.person;

import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A certificate holder as this service needs them: the county that owns the case (属地) and the
 * township within it where certification knows it (a township worker's scope), the
 * certificate's category and grade with each disability (they decide which devices suit), and the
 * birth date (ages). {@code certified} is false once the certificate was cancelled.
 */
public record PersonProfile(
        UUID personId,
        UUID certificateId,
        String county,
        @Nullable String township,
        DisabilityCategory category,
        DisabilityGrade grade,
        List<Disability> disabilities,
        @Nullable LocalDate birthDate,
        boolean certified) {

    public PersonProfile {
        disabilities = disabilities.isEmpty() ? List.of(new Disability(category, grade)) : List.copyOf(disabilities);
    }

    /**
     * Where a case of this person in {@code caseCounty} lies for the region scope: their township when
     * the case is in their county and the township is known, else the case's county.
     */
    public String placeIn(String caseCounty) {
        return township != null && county.equals(caseCounty) ? township : caseCounty;
    }

    public PersonProfile regraded(DisabilityCategory newCategory, DisabilityGrade newGrade, List<Disability> newDisabilities,
            String newCounty) {
        return new PersonProfile(personId, certificateId, newCounty, county.equals(newCounty) ? township : null,
                newCategory, newGrade, newDisabilities, birthDate, true);
    }

    /** The household moved to another county: the township there is not known yet. */
    public PersonProfile movedTo(String newCounty) {
        return new PersonProfile(personId, certificateId, newCounty, null, category, grade, disabilities, birthDate,
                certified);
    }

    public PersonProfile cancelled() {
        return new PersonProfile(personId, certificateId, county, township, category, grade, disabilities, birthDate,
                false);
    }
}

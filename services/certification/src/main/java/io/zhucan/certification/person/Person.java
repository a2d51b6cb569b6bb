package io.zhucan.certification.person;

import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.platform.events.vocabulary.Sex;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person known to the platform: one record per resident ID number, identified internally by the
 * person id. Birth date and sex come from the ID number; the household county is where the person
 * is registered today and owns their case; the township (乡镇/街道, nine digits) within it where it
 * is known, which is what a township worker's scope reaches.
 */
public record Person(
        UUID id,
        ResidentIdNumber idNumber,
        String name,
        String householdCounty,
        @Nullable String householdTownship,
        @Nullable LocalDate dateOfDeath) {

    public LocalDate birthDate() {
        return idNumber.birthDate();
    }

    public Sex sex() {
        return idNumber.sex();
    }

    /**
     * Where a case of this person in {@code county} lies for the region scope: the person's
     * township when the case is in their household county and the township is known, else the county.
     */
    public String placeIn(String county) {
        return householdTownship != null && county.equals(householdCounty) ? householdTownship : county;
    }

    /** Where the person lives as far as the platform knows: their township, else their county. */
    public String place() {
        return placeIn(householdCounty);
    }

    /** A new household registration: the township is the one given, or unknown. */
    public Person movedTo(String county, @Nullable String township) {
        return new Person(id, idNumber, name, county, township, dateOfDeath);
    }

    public Person diedOn(LocalDate date) {
        return new Person(id, idNumber, name, householdCounty, householdTownship, date);
    }
}

package io.zhucan.certification.person;

import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.platform.events.vocabulary.Sex;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person known to the platform: one record per resident ID number, identified internally by the
 * person id. Birth date and sex come from the ID number; the household county is where the person
 * is registered today and owns their case.
 */
public record Person(
        UUID id,
        ResidentIdNumber idNumber,
        String name,
        String householdCounty,
        @Nullable LocalDate dateOfDeath) {

    public LocalDate birthDate() {
        return idNumber.birthDate();
    }

    public Sex sex() {
        return idNumber.sex();
    }

    public Person movedTo(String county) {
        return new Person(id, idNumber, name, county, dateOfDeath);
    }

    public Person diedOn(LocalDate date) {
        return new Person(id, idNumber, name, householdCounty, date);
    }
}

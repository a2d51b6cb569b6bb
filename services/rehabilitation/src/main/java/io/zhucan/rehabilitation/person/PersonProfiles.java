package io.zhucan.rehabilitation.person;

import java.util.Optional;
import java.util.UUID;

/** Port: the profiles of certificate holders. */
public interface PersonProfiles {

    Optional<PersonProfile> byId(UUID personId);

    /** Where the person's case in {@code county} lies for the region scope (see {@link PersonProfile#placeIn}). */
    default String placeOf(UUID personId, String county) {
        return byId(personId).map(p -> p.placeIn(county)).orElse(county);
    }

    /** Inserts or replaces the profile of {@code profile.personId()}. */
    void save(PersonProfile profile);

    /** Records the keyed hash of the holder's ID number (from the certificate number). */
    void linkIdNumber(UUID personId, String idNumberHash);

    Optional<String> idNumberHash(UUID personId);
}

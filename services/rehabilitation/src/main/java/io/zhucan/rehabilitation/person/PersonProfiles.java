package io.zhucan.rehabilitation.person;

import java.util.Optional;
import java.util.UUID;

/** Port: the profiles of certificate holders. */
public interface PersonProfiles {

    Optional<PersonProfile> byId(UUID personId);

    /** Inserts or replaces the profile of {@code profile.personId()}. */
    void save(PersonProfile profile);

    /** Records the keyed hash of the holder's ID number (from the certificate number). */
    void linkIdNumber(UUID personId, String idNumberHash);

    Optional<String> idNumberHash(UUID personId);
}

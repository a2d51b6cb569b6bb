package io.zhucan.rehabilitation.person;

import java.util.Optional;
import java.util.UUID;

/** Port: the profiles of certificate holders. */
public interface PersonProfiles {

    Optional<PersonProfile> byId(UUID personId);

    /** Inserts or replaces the profile of {@code profile.personId()}. */
    void save(PersonProfile profile);
}

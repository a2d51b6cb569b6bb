package io.zhucan.rehabilitation.child;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A child who may receive rehabilitation support. Known by a keyed hash of the ID number (a
 * suspected case has no platform person id until a certificate is issued).
 */
public record Child(UUID id, String idNumberHash, @Nullable UUID personId, LocalDate birthDate, String county,
        ChildBasis basis, LocalDate registeredOn) {

    /** The certificate arrived: the child is now also a certificate holder. */
    public Child certified(UUID person, String householdCounty) {
        return new Child(id, idNumberHash, person, birthDate, householdCounty, ChildBasis.CERTIFICATE, registeredOn);
    }
}

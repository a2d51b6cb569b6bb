package io.zhucan.rehabilitation.child;

import io.zhucan.platform.events.rehabilitation.RehabService;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A designated rehabilitation institution (定点康复机构): the services it offers, its capacity and
 * the period of its agreement with the federation. It signs in with its own client ({@code clientId}).
 */
public record Institution(UUID id, String name, String county, String clientId, Set<RehabService> serviceTypes,
        int capacity, LocalDate agreementFrom, LocalDate agreementTo) {

    public Institution {
        serviceTypes = Set.copyOf(serviceTypes);
        if (capacity <= 0 || !agreementTo.isAfter(agreementFrom)) {
            throw new IllegalArgumentException("capacity is positive and the agreement ends after it starts");
        }
    }

    /** The agreement covers {@code day} (its last day is exclusive). */
    public boolean underAgreementOn(LocalDate day) {
        return !day.isBefore(agreementFrom) && day.isBefore(agreementTo);
    }
}

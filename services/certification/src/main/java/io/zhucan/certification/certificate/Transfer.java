package io.zhucan.certification.certificate;

import io.zhucan.platform.domain.FourEyesViolationException;
import io.zhucan.platform.domain.IllegalTransitionException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A certificate's move to another county of the province (迁移), asked for by the origin county or
 * the holder and taken over by the destination county: no county pulls a case into itself. The
 * certificate moves when the destination accepts; whoever asked never accepts.
 */
public record Transfer(
        UUID id,
        UUID certificateId,
        UUID personId,
        String fromCounty,
        String toCounty,
        Status status,
        String requestedBy,
        Instant requestedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt) {

    /** Where a transfer request is. */
    public enum Status {
        REQUESTED,
        ACCEPTED,
        WITHDRAWN
    }

    public static Transfer request(UUID id, Certificate certificate, String toCounty, String requestedBy, Instant now) {
        certificate.checkTransferTo(toCounty);
        return new Transfer(id, certificate.id(), certificate.personId(), certificate.householdCounty(), toCounty,
                Status.REQUESTED, requestedBy, now, null, null);
    }

    public Transfer accept(String acceptedBy, Instant now) {
        if (status != Status.REQUESTED) {
            throw new IllegalTransitionException("a " + status.name().toLowerCase() + " transfer cannot be accepted");
        }
        if (acceptedBy.equals(requestedBy)) {
            throw new FourEyesViolationException("the destination county accepts a transfer, not whoever asked for it");
        }
        return decided(Status.ACCEPTED, acceptedBy, now);
    }

    /** Replaced by a newer request. */
    public Transfer withdraw(String by, Instant now) {
        return decided(Status.WITHDRAWN, by, now);
    }

    private Transfer decided(Status decision, String by, Instant now) {
        return new Transfer(id, certificateId, personId, fromCounty, toCounty, decision, requestedBy, requestedAt, by,
                now);
    }
}

package io.zhucan.certification.certificate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where transfer requests are kept (port). */
public interface Transfers {

    /** The request waiting for the destination county, if any. */
    Optional<Transfer> waitingFor(UUID certificateId);

    /** Requests waiting for a county of {@code regionScope} to accept them, oldest first. */
    List<Transfer> waitingInto(String regionScope, int limit);

    void add(Transfer transfer);

    void update(Transfer transfer);
}

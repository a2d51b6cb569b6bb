package io.zhucan.certification.certificate;

import java.util.Optional;
import java.util.UUID;

/** Where transfer requests are kept (port). */
public interface Transfers {

    /** The request waiting for the destination county, if any. */
    Optional<Transfer> waitingFor(UUID certificateId);

    void add(Transfer transfer);

    void update(Transfer transfer);
}

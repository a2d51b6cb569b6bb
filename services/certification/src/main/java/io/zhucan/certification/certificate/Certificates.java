package io.zhucan.certification.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where certificates are kept (port). */
public interface Certificates {

    Optional<Certificate> byId(UUID id);

    /** The person's current certificate: the one not cancelled, if any. */
    Optional<Certificate> currentOf(UUID personId);

    Optional<Certificate> byVerificationCode(String code);

    void add(Certificate certificate);

    /** Saves a change; throws {@link io.zhucan.platform.domain.ConcurrentChangeException} if it was changed meanwhile. */
    Certificate update(Certificate certificate);

    /** Valid certificates whose validity ended before {@code today}. */
    List<UUID> validUntilBefore(LocalDate today, int limit);
}

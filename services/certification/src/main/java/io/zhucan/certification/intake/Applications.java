package io.zhucan.certification.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where applications are kept (port). */
public interface Applications {

    Optional<CertificateApplication> byId(UUID id);

    List<CertificateApplication> ofPerson(UUID personId);

    void add(CertificateApplication application);

    /** Open applications whose step is due on or after {@code from} (a calendar change may move them). */
    List<CertificateApplication> openDueFrom(LocalDate from);

    CertificateApplication update(CertificateApplication application);

    /**
     * The caseworker's queue: applications of counties under {@code regionScope}, optionally by
     * status and only overdue ones (due before {@code today}), oldest first.
     */
    List<CertificateApplication> search(String regionScope, @Nullable ApplicationStatus status, boolean overdueOnly,
            LocalDate today, int limit);
}

package io.zhucan.employment.outreach;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outreach records and the certificate holders they are about. */
public interface Outreaches {

    void saveHolder(CertificateHolder holder);

    Optional<CertificateHolder> holder(UUID personId);

    List<CertificateHolder> holders(List<UUID> personIds);

    /** Opens the person's outreach record unless they have one; returns whether it was opened. */
    boolean open(Outreach outreach);

    Optional<Outreach> of(UUID personId);

    /** Outreach records of the counties whose code starts with {@code codePrefix}, newest first. */
    List<Outreach> inRegion(String codePrefix, int limit);
}

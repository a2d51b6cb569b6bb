package io.zhucan.employment.outreach;

import io.zhucan.employment.shared.RegionListing;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Outreach records and the certificate holders they are about. */
public interface Outreaches {

    void saveHolder(CertificateHolder holder);

    Optional<CertificateHolder> holder(UUID personId);

    List<CertificateHolder> holders(List<UUID> personIds);

    /** Opens the person's outreach record unless they have one; returns whether it was opened. */
    boolean open(Outreach outreach);

    Optional<Outreach> of(UUID personId);

    /** Outreach records of the region, newest first. */
    List<Outreach> inRegion(RegionListing region, int limit);

    /** The holder lives in {@code township} of their county as far as certification knows (null: not known). */
    void holderLivesIn(UUID personId, @Nullable String township);

    /**
     * Where the holder's case in {@code county} lies for the region scope: their township when the
     * case is in their county and the township is known, else the county.
     */
    String placeOf(UUID personId, String county);
}

package io.zhucan.employment.shared.web;

import io.zhucan.employment.shared.RegionListing;
import io.zhucan.platform.security.Regions;
import java.util.Optional;

/** The listing of a staff token's region (web-security's {@link Regions}). */
public final class RegionListings {

    /** Empty for a malformed region. */
    public static Optional<RegionListing> of(String scope) {
        if (Regions.isTownship(scope)) {
            return Optional.of(new RegionListing(Regions.countyOf(scope), scope));
        }
        return Regions.countyPrefix(scope).map(prefix -> new RegionListing(prefix, null));
    }

    private RegionListings() {
    }
}

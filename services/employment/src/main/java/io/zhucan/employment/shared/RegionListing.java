package io.zhucan.employment.shared;

import org.jspecify.annotations.Nullable;

/**
 * Whom a staff scope lists (属地管理): the counties whose codes start with {@code countyPrefix}, and
 * for a township worker only the persons known to live in {@code township} there (an unknown
 * township is the county's, never a township worker's).
 */
public record RegionListing(String countyPrefix, @Nullable String township) {

    /** Every county (employers' candidate lists are not limited by region). */
    public static RegionListing everywhere() {
        return new RegionListing("", null);
    }
}

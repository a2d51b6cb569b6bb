package io.zhucan.rehabilitation.shared;

/**
 * The counties a staff member's region covers (属地管理), as a code prefix for queries: a province
 * code covers every county of the province, a city code its counties, a county code itself.
 * The same rule as the platform's {@code Regions.covers}, for listing instead of checking.
 */
public final class RegionScope {

    public static String countyPrefix(String region) {
        if (region == null || !region.matches("\\d{6}")) {
            throw new IllegalArgumentException("a staff token carries a 6-digit region");
        }
        if (region.endsWith("0000")) {
            return region.substring(0, 2);
        }
        return region.endsWith("00") ? region.substring(0, 4) : region;
    }

    private RegionScope() {
    }
}

package io.zhucan.employment.shared;

/**
 * The county codes a staff region covers, as a code prefix for SQL {@code LIKE}: a province code
 * (330000) covers 33…, a city code (330100) 3301…, a county code itself (the rule of
 * web-security's Regions).
 */
public final class RegionScope {

    public static String prefix(String region) {
        if (region.endsWith("0000")) {
            return region.substring(0, 2);
        }
        if (region.endsWith("00")) {
            return region.substring(0, 4);
        }
        return region;
    }

    private RegionScope() {
    }
}

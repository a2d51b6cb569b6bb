package io.zhucan.platform.security;

import java.util.Optional;

/**
 * Administrative division codes (GB/T 2260) and the region scope of staff (属地管理): a province
 * code ({@code 330000}) covers every county of the province and their townships, a city code
 * ({@code 330100}) its counties, a county code itself and its townships; a township code (nine
 * digits, 乡镇/街道) covers that township only — a person whose township is not known is the
 * county's, never a township worker's.
 */
public final class Regions {

    public static final String ZHEJIANG = "330000";

    /** A six-digit code: the province, a city or a county. */
    public static boolean isValidCode(String code) {
        return code != null && code.matches("\\d{6}");
    }

    /** A nine-digit township code (乡镇/街道): its first six digits are its county. */
    public static boolean isTownship(String code) {
        return code != null && code.matches("\\d{9}");
    }

    /** What a staff token's region may be: a six-digit code or a township. */
    public static boolean isValidScope(String scope) {
        return isValidCode(scope) || isTownship(scope);
    }

    /** The county of a county or township code. */
    public static String countyOf(String code) {
        if (!isValidScope(code)) {
            throw new IllegalArgumentException("not a region code");
        }
        return code.substring(0, 6);
    }

    /**
     * Whether a staff member scoped to {@code scope} may handle a case whose place is {@code place}:
     * the person's township where it is known, else their county.
     */
    public static boolean covers(String scope, String place) {
        if (!isValidScope(scope) || !isValidScope(place)) {
            return false;
        }
        if (isTownship(scope)) {
            return scope.equals(place);
        }
        String county = countyOf(place);
        if (scope.endsWith("0000")) {
            return county.startsWith(scope.substring(0, 2));
        }
        if (scope.endsWith("00")) {
            return county.startsWith(scope.substring(0, 4));
        }
        return scope.equals(county);
    }

    /**
     * The county codes a staff scope covers, as a code prefix for listing (SQL {@code LIKE}): the
     * province {@code 33}, a city {@code 3301}, a county itself. A township scope has none: a service
     * that does not know its persons' townships lists no one for a township worker (an unknown
     * township is the county's), however much its code looks like a city's ({@code 330109100}).
     */
    public static Optional<String> countyPrefix(String scope) {
        if (!isValidCode(scope)) {
            return Optional.empty();
        }
        if (scope.endsWith("0000")) {
            return Optional.of(scope.substring(0, 2));
        }
        return Optional.of(scope.endsWith("00") ? scope.substring(0, 4) : scope);
    }

    private Regions() {
    }
}

package io.zhucan.platform.security;

/**
 * Administrative division codes (GB/T 2260, six digits) and the region scope of staff (属地管理):
 * a province code ({@code 330000}) covers every county of the province, a city code
 * ({@code 330100}) covers its counties, a county code covers itself.
 */
public final class Regions {

    public static final String ZHEJIANG = "330000";

    public static boolean isValidCode(String code) {
        return code != null && code.matches("\\d{6}");
    }

    /** Whether a staff member scoped to {@code scope} may handle a case of {@code county}. */
    public static boolean covers(String scope, String county) {
        if (!isValidCode(scope) || !isValidCode(county)) {
            return false;
        }
        if (scope.endsWith("0000")) {
            return county.startsWith(scope.substring(0, 2));
        }
        if (scope.endsWith("00")) {
            return county.startsWith(scope.substring(0, 4));
        }
        return scope.equals(county);
    }

    private Regions() {
    }
}

package io.zhucan.certification.shared.persistence;

import io.zhucan.platform.security.Regions;

/** A staff member's region scope as a SQL {@code LIKE} pattern over county codes (属地管理 in queries). */
public final class RegionScopes {

    /** 330000 → "33%", 330100 → "3301%", 330102 → "330102". */
    public static String likePrefix(String scope) {
        if (!Regions.isValidCode(scope)) {
            throw new IllegalArgumentException("not a region code");
        }
        if (scope.endsWith("0000")) {
            return scope.substring(0, 2) + "%";
        }
        if (scope.endsWith("00")) {
            return scope.substring(0, 4) + "%";
        }
        return scope;
    }

    private RegionScopes() {
    }
}

package io.zhucan.certification.shared.persistence;

import io.zhucan.platform.security.Regions;
import org.jspecify.annotations.Nullable;

/**
 * A staff member's region scope in queries (属地管理): a SQL {@code LIKE} pattern over county codes,
 * and for a township worker the township the person must be registered in.
 */
public final class RegionScopes {

    /** 330000 → "33%", 330100 → "3301%", 330102 → "330102", township 330102001 → its county "330102". */
    public static String likePrefix(String scope) {
        if (!Regions.isValidScope(scope)) {
            throw new IllegalArgumentException("not a region code");
        }
        if (Regions.isTownship(scope)) {
            return Regions.countyOf(scope);
        }
        if (scope.endsWith("0000")) {
            return scope.substring(0, 2) + "%";
        }
        if (scope.endsWith("00")) {
            return scope.substring(0, 4) + "%";
        }
        return scope;
    }

    /** The township a township worker's queries are limited to; null for wider scopes. */
    public static @Nullable String township(String scope) {
        return Regions.isTownship(scope) ? scope : null;
    }

    private RegionScopes() {
    }
}

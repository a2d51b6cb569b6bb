package io.zhucan.backoffice.shared.web;

import java.util.List;

/**
 * The counties a caseworker can pick as a household county, by GB/T 2260 code; their names are in
 * the message bundles ({@code region.<code>}). Hangzhou's districts and counties, and Pinghu.
 */
public final class Counties {

    public static final List<String> ALL = List.of("330102", "330105", "330106", "330108", "330109", "330110",
            "330111", "330112", "330113", "330114", "330122", "330127", "330182", "330482");

    private Counties() {
    }
}

package io.zhucan.backoffice.shared.web;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** An amount typed in 元 (e.g. 496 or 496.50), as the services take it: fen, never floating point. */
public final class Yuan {

    private Yuan() {
    }

    /** Not negative and to the fen at most. */
    public static boolean valid(@Nullable BigDecimal yuan) {
        return yuan == null || (yuan.signum() >= 0 && yuan.stripTrailingZeros().scale() <= 2);
    }

    public static @Nullable Long fen(@Nullable BigDecimal yuan) {
        return yuan == null ? null : yuan.movePointRight(2).longValueExact();
    }
}

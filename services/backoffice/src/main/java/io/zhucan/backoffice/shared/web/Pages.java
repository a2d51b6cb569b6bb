package io.zhucan.backoffice.shared.web;

import java.time.LocalDate;
import java.time.YearMonth;

/** Small helpers of every page. */
public final class Pages {

    private Pages() {
    }

    /** Today in Zhejiang, whatever the server's time zone. */
    public static LocalDate today() {
        return LocalDate.now(Formats.BEIJING);
    }

    public static YearMonth thisMonth() {
        return YearMonth.now(Formats.BEIJING);
    }
}

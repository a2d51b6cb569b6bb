package io.zhucan.profile.warning;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person a caseworker should look at (预测预警): {@code kind} says why, {@code on} is the date the
 * warning counts from (expiry date, suspension date, opening date), {@code subject} the allowance or need.
 */
public record PersonWarning(String kind, UUID personId, String county, LocalDate on, @Nullable String subject) {

    public static final String CERTIFICATE_EXPIRING = "certificate-expiring-with-active-allowance";
    public static final String SUSPENDED_TOO_LONG = "entitlement-suspended-too-long";
    public static final String NEED_OPEN_TOO_LONG = "rehab-need-open-too-long";
    public static final String LOW_INCOME_UNKNOWN = "low-income-status-unknown";
}

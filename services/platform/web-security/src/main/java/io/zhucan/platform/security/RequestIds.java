package io.zhucan.platform.security;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The request id: set by the gateway (or the caller) in {@code X-Request-Id}, generated when
 * missing or malformed, echoed in the response, put in the log context and in problem details.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The caller's id if it is a safe token, else a new one (never echo arbitrary input into logs). */
    public static String acceptOrCreate(String fromCaller) {
        return fromCaller != null && VALID.matcher(fromCaller).matches() ? fromCaller : UUID.randomUUID().toString();
    }

    private RequestIds() {
    }
}

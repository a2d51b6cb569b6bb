package io.zhucan.platform.messaging.deadletter;

import io.zhucan.platform.events.InvalidEventException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

/**
 * The reason a record was parked, as operators see it in the table and the DLT header. It carries
 * no personal data: the kind of failure and the exception class; a message only where this library
 * wrote it (contract violations, holds) or for a transient failure (a connection or timeout
 * message), and even then any ID number or name is blanked out. Other exceptions' messages (a
 * business rule, a constraint violation quoting the row) may quote values: withheld.
 */
public final class Reasons {

    private static final int MAX_LENGTH = 500;
    /**
     * Resident ID numbers (15 or 18 characters), other long digit runs (phone, bank account), Chinese
     * names. A run inside a UUID (hex digits or hyphens around it) is an event id, not a number.
     */
    private static final Pattern PERSONAL = Pattern.compile("(?<![\\dA-Fa-f-])\\d{11,17}[\\dXx]?(?![\\dA-Fa-f-])|\\p{IsHan}+");

    public static String of(Throwable failure) {
        Throwable cause = failure instanceof ListenerExecutionFailedException && failure.getCause() != null
                ? failure.getCause() : failure;
        Failures kind = Failures.of(cause);
        boolean ours = cause instanceof InvalidEventException || cause instanceof HeldBehindParkedRecord;
        String message = ours || kind == Failures.TRANSIENT
                ? redact(String.valueOf(cause.getMessage()))
                : "message withheld (may contain personal data)";
        String reason = kind.name().toLowerCase(Locale.ROOT) + ": " + cause.getClass().getSimpleName() + ": " + message;
        return reason.length() <= MAX_LENGTH ? reason : reason.substring(0, MAX_LENGTH);
    }

    static String redact(String text) {
        return PERSONAL.matcher(text).replaceAll("[redacted]");
    }

    private Reasons() {
    }
}

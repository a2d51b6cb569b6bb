package io.zhucan.platform.domain;

import org.jspecify.annotations.Nullable;

/** The request contradicts what is recorded (a second certificate, a duplicate registration): 409 {@code conflict}. */
public class ConflictException extends DomainException {

    private final @Nullable String rule;

    public ConflictException(String message) {
        this(null, message);
    }

    public ConflictException(@Nullable String rule, String message) {
        super(message);
        this.rule = rule;
    }

    /** Stable id of the rule, if one names the conflict. */
    public @Nullable String rule() {
        return rule;
    }
}

package io.zhucan.subsidy.casework;

import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One open exception case; {@code detail} names rules, months and ids, never personal data. */
public record ExceptionCase(UUID id, UUID personId, @Nullable Allowance allowance, ExceptionKind kind, String county,
        String detail, Instant openedAt) {
}

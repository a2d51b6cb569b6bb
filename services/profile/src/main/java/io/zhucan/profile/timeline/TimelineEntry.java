package io.zhucan.profile.timeline;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One event of a person's file: what happened (type and a summary without ID or certificate
 * numbers), when, and why (the reason and the rule ids a decision names).
 */
public record TimelineEntry(UUID eventId, Instant occurredAt, String type, Map<String, Object> summary,
        @Nullable String reason, @Nullable String rules) {
}

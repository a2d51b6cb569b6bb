package io.zhucan.profile.timeline;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One event of a person's file: what happened (type and a summary without ID or certificate
 * numbers), when, and why (the reason and the rule ids a decision names).
 */
public record TimelineEntry(UUID eventId, Instant occurredAt, String type, Map<String, Object> summary,
        String reason, String rules) {
}

package io.zhucan.platform.messaging.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * What the outbox stores for one event: the schema-valid JSON payload and everything needed to
 * publish it as a CloudEvent later, without re-reading the producer's domain objects.
 */
public record OutboxMessage(UUID eventId, String eventType, Instant occurredAt, String topic, String key, String payload) {

    /** Without the payload: it may hold ID and certificate numbers, and a log line must not. */
    @Override
    public String toString() {
        return "OutboxMessage[eventId=" + eventId + ", eventType=" + eventType + ", topic=" + topic + "]";
    }
}

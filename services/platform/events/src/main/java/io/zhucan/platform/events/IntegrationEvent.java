package io.zhucan.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An integration event: an immutable fact in the past tense, published on Kafka as a CloudEvent.
 * Each implementation is a record with a {@code TYPE} constant and a JSON Schema of the same name.
 */
public interface IntegrationEvent {

    /** Unique id of this event; consumers deduplicate on it (CloudEvents {@code id}). */
    UUID eventId();

    /** When the fact happened (CloudEvents {@code time}). */
    Instant occurredAt();

    /** Kafka record key: all events of one person share it, so they stay in order. */
    String partitionKey();
}

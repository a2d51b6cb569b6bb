package io.zhucan.platform.messaging.deadletter;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A record this service could not process, parked for an operator to inspect and replay. */
public record DeadLetter(
        UUID id,
        String originalTopic,
        int originalPartition,
        long originalOffset,
        @Nullable String key,
        @Nullable String eventType,
        @Nullable String eventId,
        String reason,
        Instant parkedAt,
        @Nullable Instant replayedAt) {
}

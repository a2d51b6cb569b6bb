package io.zhucan.platform.messaging.deadletter;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A record this service's consumer could not process, parked for an operator. It names the record
 * on its topic (replay reads it there) and holds no personal data: the key only as a keyed hash.
 */
public record DeadLetter(
        UUID id,
        String consumer,
        String originalTopic,
        int originalPartition,
        long originalOffset,
        @Nullable String keyHash,
        @Nullable String eventType,
        @Nullable String eventId,
        String reason,
        Status status,
        Instant parkedAt,
        @Nullable String resolvedBy,
        @Nullable Instant resolvedAt) {

    /** PARKED holds the person's later records; REPLAYING until the replayed record is applied. */
    public enum Status {
        PARKED,
        REPLAYING,
        REPLAYED,
        DISCARDED;

        boolean open() {
            return this == PARKED || this == REPLAYING;
        }
    }

    public boolean open() {
        return status.open();
    }
}

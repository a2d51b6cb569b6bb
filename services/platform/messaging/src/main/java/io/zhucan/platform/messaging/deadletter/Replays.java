package io.zhucan.platform.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The header that marks a record handed to its consumer again by a replay with the dead letter it
 * replays: the dispatcher lets it past the hold of its own row and resolves the row.
 */
public final class Replays {

    public static final String HEADER = "zhucan-replay-of";

    /** The dead letter this record replays, if it is a replay. */
    public static Optional<UUID> of(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(HEADER);
        if (header == null || header.value() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(new String(header.value(), StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The record, marked as the replay of {@code deadLetter}. */
    static <K, V> ConsumerRecord<K, V> mark(ConsumerRecord<K, V> record, UUID deadLetter) {
        record.headers().remove(HEADER);
        record.headers().add(HEADER, deadLetter.toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private Replays() {
    }
}

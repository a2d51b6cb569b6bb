package io.zhucan.platform.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** The header that marks a replayed record with the dead letter it replays. */
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

    private Replays() {
    }
}

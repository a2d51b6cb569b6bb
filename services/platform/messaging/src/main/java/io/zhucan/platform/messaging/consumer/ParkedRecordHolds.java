package io.zhucan.platform.messaging.consumer;

import io.zhucan.platform.messaging.deadletter.DeadLetter;
import io.zhucan.platform.messaging.deadletter.DeadLetterStore;
import io.zhucan.platform.messaging.deadletter.HeldBehindParkedRecord;
import io.zhucan.platform.messaging.deadletter.KeyPseudonyms;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Keeps a person's events in order around a parked record: while it is open, the person's later
 * records are parked behind it. A replayed record goes ahead once every record parked before it
 * is resolved.
 */
final class ParkedRecordHolds {

    private final String consumer;
    private final DeadLetterStore deadLetters;
    private final KeyPseudonyms pseudonyms;

    ParkedRecordHolds(String consumer, DeadLetterStore deadLetters, KeyPseudonyms pseudonyms) {
        this.consumer = consumer;
        this.deadLetters = deadLetters;
        this.pseudonyms = pseudonyms;
    }

    /** The dead letter a replayed record stands for, if it is still being replayed (else the replay is stale). */
    Optional<DeadLetter> beingReplayed(UUID deadLetter) {
        return deadLetters.find(deadLetter).filter(d -> d.status() == DeadLetter.Status.REPLAYING);
    }

    /**
     * @param replay the dead letter the record replays, or empty for a first delivery
     * @throws HeldBehindParkedRecord if a record of the same person parked before it is still open
     */
    void admit(ConsumerRecord<String, byte[]> record, Optional<DeadLetter> replay) {
        String keyHash = pseudonyms.of(record.key());
        if (keyHash == null) {
            return;
        }
        List<DeadLetter> open = deadLetters.openFor(consumer, record.topic(), keyHash);
        Optional<DeadLetter> blocking = replay.isEmpty() ? open.stream().findFirst()
                : open.stream().filter(d -> parkedBefore(d, replay.get())).findFirst();
        if (blocking.isPresent()) {
            throw new HeldBehindParkedRecord(blocking.get().id());
        }
    }

    void resolved(DeadLetter replayed) {
        deadLetters.replayed(replayed.id());
    }

    private static boolean parkedBefore(DeadLetter candidate, DeadLetter replayed) {
        return candidate.originalPartition() == replayed.originalPartition()
                && candidate.originalOffset() < replayed.originalOffset();
    }
}

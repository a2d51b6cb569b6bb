package io.zhucan.platform.messaging.deadletter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An operator's resolution of a parked record. Replay reads the record, and every record of the
 * same person parked behind it, from their topic (the consumer may read it) and hands them, in
 * their original order, to this service's consumer of that topic: the same dispatcher and handler
 * as the listener, the same inbox. Nothing is written to the topic, which belongs to its producer
 * (docs/adr/0013). A record that fails again is parked again under its row, the ones behind it
 * wait again; a transient failure (the database gone) stops the replay and leaves the rest parked.
 * Replaying what is not parked any more does nothing. Discard resolves a record that must never be
 * applied (a forged event). Both are attributed to the operator.
 */
public class DeadLetterReplayer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplayer.class);

    private final DeadLetterStore store;
    private final OriginalRecords originals;
    private final Redelivery consumers;
    private final ParkingRecoverer parking;

    public DeadLetterReplayer(DeadLetterStore store, OriginalRecords originals, Redelivery consumers,
            ParkingRecoverer parking) {
        this.store = store;
        this.originals = originals;
        this.consumers = consumers;
        this.parking = parking;
    }

    /** @return the dead letters handed to the consumer again (empty if none was parked any more), or empty if there is no such one */
    public Optional<List<UUID>> replay(UUID id, String operator) {
        Optional<DeadLetter> found = store.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.get().status() != DeadLetter.Status.PARKED) {
            return Optional.of(List.of());
        }
        if (!consumers.consumes(found.get().originalTopic())) {
            throw new IllegalStateException("no consumer of " + found.get().originalTopic() + " in this service");
        }
        List<DeadLetter> claimed = store.claimForReplay(found.get(), operator);
        List<UUID> redelivered = new ArrayList<>();
        try {
            for (DeadLetter parked : claimed) {
                redeliver(parked);
                redelivered.add(parked.id());
            }
        } finally {
            if (redelivered.size() < claimed.size()) {
                store.unclaim(claimed.stream().map(DeadLetter::id).filter(d -> !redelivered.contains(d)).toList());
            }
        }
        log.info("{} replayed dead letters {}", operator, redelivered);
        return Optional.of(redelivered);
    }

    /** @return false if the dead letter was not parked */
    public boolean discard(UUID id, String operator) {
        boolean discarded = store.discard(id, operator);
        if (discarded) {
            log.info("{} discarded dead letter {}", operator, id);
        }
        return discarded;
    }

    private void redeliver(DeadLetter parked) {
        ConsumerRecord<String, byte[]> record = Replays.mark(
                originals.read(parked.originalTopic(), parked.originalPartition(), parked.originalOffset()), parked.id());
        try {
            consumers.redeliver(record);
        } catch (RuntimeException e) {
            if (Failures.of(e) == Failures.TRANSIENT) {
                throw new ReplayInterrupted(parked.id(), e);
            }
            parking.accept(record, e);
        }
    }

    /** A transient failure stopped the replay at a record: it and the ones after it stay parked. */
    public static class ReplayInterrupted extends RuntimeException {

        ReplayInterrupted(UUID at, Throwable cause) {
            super("replay stopped at dead letter " + at + " (" + Reasons.of(cause) + "); it and the records behind it"
                    + " stay parked: replay again when the service is healthy", cause);
        }
    }
}

package io.zhucan.platform.messaging.deadletter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * An operator's resolution of a parked record. Replay sends the record, and every record of the
 * same person parked behind it, back to their topic in their original order, each marked with
 * its dead letter: the consumer applies them once (inbox) and resolves them one by one. Replaying
 * what is not parked any more sends nothing. Discard resolves a record that must never be applied
 * (a forged event). Both are attributed to the operator.
 */
public class DeadLetterReplayer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplayer.class);

    private final DeadLetterStore store;
    private final OriginalRecords originals;
    private final KafkaTemplate<String, byte[]> kafka;

    public DeadLetterReplayer(DeadLetterStore store, OriginalRecords originals, KafkaTemplate<String, byte[]> kafka) {
        this.store = store;
        this.originals = originals;
        this.kafka = kafka;
    }

    /** @return the dead letters sent again (empty if none was parked any more), or empty if there is no such one */
    public Optional<List<UUID>> replay(UUID id, String operator) {
        Optional<DeadLetter> found = store.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        if (found.get().status() != DeadLetter.Status.PARKED) {
            return Optional.of(List.of());
        }
        List<DeadLetter> claimed = store.claimForReplay(found.get(), operator);
        List<UUID> sent = new ArrayList<>();
        try {
            for (DeadLetter parked : claimed) {
                send(parked);
                sent.add(parked.id());
            }
        } finally {
            if (sent.size() < claimed.size()) {
                store.unclaim(claimed.stream().map(DeadLetter::id).filter(d -> !sent.contains(d)).toList());
            }
        }
        log.info("{} replayed dead letters {}", operator, sent);
        return Optional.of(sent);
    }

    /** @return false if the dead letter was not parked */
    public boolean discard(UUID id, String operator) {
        boolean discarded = store.discard(id, operator);
        if (discarded) {
            log.info("{} discarded dead letter {}", operator, id);
        }
        return discarded;
    }

    private void send(DeadLetter parked) {
        ConsumerRecord<String, byte[]> original = originals.read(parked.originalTopic(), parked.originalPartition(),
                parked.originalOffset());
        ProducerRecord<String, byte[]> again = new ProducerRecord<>(original.topic(), original.key(), original.value());
        for (Header header : original.headers()) {
            if (!header.key().equals(Replays.HEADER)) {
                again.headers().add(header);
            }
        }
        again.headers().add(Replays.HEADER, parked.id().toString().getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(again).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying " + parked.id(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not replay dead letter " + parked.id(), e.getCause());
        }
    }
}

package io.zhucan.platform.messaging.deadletter;

import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * Sends a parked record back to its original topic with its original key, value and CloudEvents
 * headers. Every consumer is idempotent, so consumers that had processed it skip it again.
 */
public class DeadLetterReplayer {

    public static final String REPLAY_HEADER = "zhucan-replay-of";

    private final DeadLetterStore store;
    private final KafkaTemplate<String, byte[]> kafka;

    public DeadLetterReplayer(DeadLetterStore store, KafkaTemplate<String, byte[]> kafka) {
        this.store = store;
        this.kafka = kafka;
    }

    /** @return false if there is no such dead letter */
    public boolean replay(UUID id) {
        var parked = store.find(id);
        if (parked.isEmpty()) {
            return false;
        }
        var record = parked.get();
        ProducerRecord<String, byte[]> again = new ProducerRecord<>(record.topic(), record.key(), record.value());
        record.headers().stream()
                .filter(h -> !h.name().startsWith(KafkaHeaders.PREFIX + "dlt-") && !h.name().startsWith("zhucan-"))
                .forEach(h -> again.headers().add(h.name(), h.value()));
        again.headers().add(REPLAY_HEADER, id.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            kafka.send(again).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying " + id, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not replay dead letter " + id, e.getCause());
        }
        store.markReplayed(id);
        return true;
    }
}

package io.zhucan.platform.messaging.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.namastack.outbox.handler.OutboxRecordMetadata;
import io.namastack.outbox.handler.OutboxTypedHandler;
import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.EventType;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The outbox relay: Namastack Outbox hands it the rows in commit order per key, and it publishes
 * each as a binary-mode CloudEvent, waiting for the broker's acknowledgement (idempotent producer,
 * acks=all). A failed send throws, so the row stays pending and is retried with back-off, and the
 * rows after it for the same person wait (stop on first failure): order per key is kept.
 */
public class KafkaRelay implements OutboxTypedHandler<OutboxMessage> {

    private final KafkaTemplate<String, byte[]> kafka;
    private final RelayFaults faults;

    public KafkaRelay(KafkaTemplate<String, byte[]> kafka, RelayFaults faults) {
        this.kafka = kafka;
        this.faults = faults;
    }

    @Override
    public void handle(OutboxMessage message, OutboxRecordMetadata metadata) {
        EventType<?> type = EventCatalog.byName(message.eventType())
                .orElseThrow(() -> new IllegalStateException("outbox holds an unknown event type " + message.eventType()));
        CloudEvent event = EventCodec.envelope(type, message.eventId(), message.occurredAt(), message.key(),
                message.payload().getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> record = KafkaMessageFactory
                .createWriter(message.topic(), null, null, message.key())
                .writeBinary(event);
        try {
            kafka.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + message.eventId(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish " + message.eventId() + " to " + message.topic(), e.getCause());
        }
        faults.afterSend(message);
    }
}

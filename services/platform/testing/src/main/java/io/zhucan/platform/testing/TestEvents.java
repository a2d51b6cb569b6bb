package io.zhucan.platform.testing;

import io.cloudevents.kafka.KafkaMessageFactory;
import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.IntegrationEvent;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/** Events sent as their producer sends them: a binary-mode CloudEvent on the type's topic, keyed by its person. */
public final class TestEvents {

    private static final EventCodec CODEC = new EventCodec();

    public static ProducerRecord<String, byte[]> record(IntegrationEvent event) {
        return record(EventCatalog.of(event.getClass()).topic(), event.partitionKey(), event);
    }

    /** On {@code topic} with {@code key}, which need not be the event's own (a misrouted or forged record). */
    public static ProducerRecord<String, byte[]> record(String topic, String key, IntegrationEvent event) {
        return KafkaMessageFactory.createWriter(topic, null, null, key).writeBinary(CODEC.toCloudEvent(event));
    }

    /** Sends and waits for the broker's acknowledgement. */
    public static void send(KafkaTemplate<String, byte[]> kafka, IntegrationEvent event) {
        send(kafka, record(event));
    }

    public static void send(KafkaTemplate<String, byte[]> kafka, ProducerRecord<String, byte[]> record) {
        try {
            kafka.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + record.topic(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + record.topic(), e.getCause());
        }
    }

    private TestEvents() {
    }
}

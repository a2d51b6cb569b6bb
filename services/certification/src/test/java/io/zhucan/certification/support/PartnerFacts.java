package io.zhucan.certification.support;

import io.cloudevents.kafka.KafkaMessageFactory;
import io.zhucan.platform.events.EventCatalog;
import io.zhucan.platform.events.EventCodec;
import io.zhucan.platform.events.IntegrationEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes an event as its producer would (a partner department here): a CloudEvent on its topic. */
public final class PartnerFacts {

    public static void publish(KafkaTemplate<String, byte[]> kafka, IntegrationEvent event) {
        ProducerRecord<String, byte[]> record = KafkaMessageFactory
                .createWriter(EventCatalog.of(event.getClass()).topic(), null, null, event.partitionKey())
                .writeBinary(new EventCodec().toCloudEvent(event));
        kafka.send(record).join();
    }

    private PartnerFacts() {
    }
}

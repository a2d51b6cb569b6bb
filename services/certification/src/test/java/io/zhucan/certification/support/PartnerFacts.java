package io.zhucan.certification.support;

import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.testing.TestEvents;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes an event as its producer would (a partner department here): a CloudEvent on its topic. */
public final class PartnerFacts {

    public static void publish(KafkaTemplate<String, byte[]> kafka, IntegrationEvent event) {
        TestEvents.send(kafka, event);
    }

    private PartnerFacts() {
    }
}

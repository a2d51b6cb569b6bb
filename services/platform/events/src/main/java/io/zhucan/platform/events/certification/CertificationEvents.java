package io.zhucan.platform.events.certification;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.Topics;

/** Names and topic of the certification service's events. */
final class CertificationEvents {

    static final String SOURCE = "/zhucan/certification";

    static <T extends IntegrationEvent> EventType<T> type(String name, Class<T> payload) {
        return EventType.of("io.zhucan.certification." + name + ".v1", Topics.CERTIFICATION, SOURCE, payload);
    }

    private CertificationEvents() {
    }
}

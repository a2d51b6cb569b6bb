package io.zhucan.platform.events.rehabilitation;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.Topics;

/** Names and topic of the rehabilitation service's events. */
final class RehabilitationEvents {

    static final String SOURCE = "/zhucan/rehabilitation";

    static <T extends IntegrationEvent> EventType<T> type(String name, Class<T> payload) {
        return EventType.of("io.zhucan.rehabilitation." + name + ".v1", Topics.REHABILITATION, SOURCE, payload);
    }

    private RehabilitationEvents() {
    }
}

package io.zhucan.platform.events.employment;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.Topics;

/** Names and topic of the employment service's events. */
final class EmploymentEvents {

    static final String SOURCE = "/zhucan/employment";

    static <T extends IntegrationEvent> EventType<T> type(String name, Class<T> payload) {
        return EventType.of("io.zhucan.employment." + name + ".v1", Topics.EMPLOYMENT, SOURCE, payload);
    }

    private EmploymentEvents() {
    }
}

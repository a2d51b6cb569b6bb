package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.Topics;

/** Names and topic of the subsidy service's events. */
final class SubsidyEvents {

    static final String SOURCE = "/zhucan/subsidy";

    static <T extends IntegrationEvent> EventType<T> type(String name, Class<T> payload) {
        return EventType.of("io.zhucan.subsidy." + name + ".v1", Topics.SUBSIDY, SOURCE, payload);
    }

    private SubsidyEvents() {
    }
}

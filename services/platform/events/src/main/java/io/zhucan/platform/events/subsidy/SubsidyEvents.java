package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.Topics;

/** Names and topics of the subsidy service's events: internal, or for civil affairs. */
final class SubsidyEvents {

    static final String SOURCE = "/zhucan/subsidy";

    static <T extends IntegrationEvent> EventType<T> type(String name, Class<T> payload) {
        return EventType.of("io.zhucan.subsidy." + name + ".v1", Topics.SUBSIDY, SOURCE, payload);
    }

    /** A type on the partner-facing topic for civil affairs ({@link Topics#SUBSIDY_CIVIL_AFFAIRS}). */
    static <T extends IntegrationEvent> EventType<T> forCivilAffairs(String name, Class<T> payload) {
        return EventType.of("io.zhucan.subsidy." + name + ".v1", Topics.SUBSIDY_CIVIL_AFFAIRS, SOURCE, payload);
    }

    private SubsidyEvents() {
    }
}

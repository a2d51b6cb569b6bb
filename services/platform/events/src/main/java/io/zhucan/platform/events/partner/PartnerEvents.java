package io.zhucan.platform.events.partner;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.IntegrationEvent;
import io.zhucan.platform.events.Topics;

/** Names, topics and sources of the facts partner departments publish to the platform. */
public final class PartnerEvents {

    public static final String CIVIL_AFFAIRS = "civil-affairs";
    public static final String HEALTH_INSURANCE = "health-insurance";

    static <T extends IntegrationEvent> EventType<T> civilAffairs(String name, Class<T> payload) {
        return EventType.of("io.zhucan.partner.civil-affairs." + name + ".v1",
                Topics.CIVIL_AFFAIRS_FACTS, "/partners/" + CIVIL_AFFAIRS, payload);
    }

    static <T extends IntegrationEvent> EventType<T> healthInsurance(String name, Class<T> payload) {
        return EventType.of("io.zhucan.partner.health-insurance." + name + ".v1",
                Topics.HEALTH_INSURANCE_FACTS, "/partners/" + HEALTH_INSURANCE, payload);
    }

    private PartnerEvents() {
    }
}

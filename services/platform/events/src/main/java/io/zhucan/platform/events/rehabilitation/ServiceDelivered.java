package io.zhucan.platform.events.rehabilitation;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A planned rehabilitation service was delivered to the person (basic rehab service coverage). */
public record ServiceDelivered(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID needId,
        String county,
        RehabService service,
        LocalDate deliveredOn) implements PersonEvent {

    public static final EventType<ServiceDelivered> TYPE =
            RehabilitationEvents.type("service.delivered", ServiceDelivered.class);
}

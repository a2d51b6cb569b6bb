package io.zhucan.platform.events.rehabilitation;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An assistive device (辅具) was fitted or handed over on rental: the basic subsidy the platform
 * pays and the personal top-up (个人补差) for a better model than the basic one, in fen.
 */
public record DeviceFitted(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID fittingId,
        String county,
        String deviceCode,
        boolean rental,
        long subsidyFen,
        long personalTopUpFen,
        LocalDate fittedOn) implements PersonEvent {

    public static final EventType<DeviceFitted> TYPE = RehabilitationEvents.type("device.fitted", DeviceFitted.class);
}

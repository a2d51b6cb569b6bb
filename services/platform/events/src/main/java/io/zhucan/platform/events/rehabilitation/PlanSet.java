package io.zhucan.platform.events.rehabilitation;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The service plan of a need was set (or replaced): the services the person is to receive. */
public record PlanSet(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID needId,
        String county,
        List<RehabService> services) implements PersonEvent {

    public static final EventType<PlanSet> TYPE = RehabilitationEvents.type("plan.set", PlanSet.class);
}

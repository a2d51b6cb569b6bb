package io.zhucan.platform.events.employment;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A job seeker gave or withdrew consent; {@code scopes} is empty once withdrawn. */
public record ConsentChanged(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID seekerId,
        String county,
        boolean granted,
        List<ConsentScope> scopes) implements PersonEvent {

    public static final EventType<ConsentChanged> TYPE =
            EmploymentEvents.type("consent.changed", ConsentChanged.class);
}

package io.zhucan.platform.events.employment;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person of labour age became a job seeker: profile given and consent recorded. */
public record SeekerRegistered(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID seekerId,
        String county,
        List<WorkForm> workForms) implements PersonEvent {

    public static final EventType<SeekerRegistered> TYPE =
            EmploymentEvents.type("seeker.registered", SeekerRegistered.class);
}

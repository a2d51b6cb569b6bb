package io.zhucan.platform.events.rehabilitation;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The works of a home accessibility modification (无障碍改造) were accepted; the subsidy is paid once. */
public record ModificationAccepted(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID caseId,
        String county,
        long subsidyFen,
        LocalDate acceptedOn) implements PersonEvent {

    public static final EventType<ModificationAccepted> TYPE =
            RehabilitationEvents.type("modification.accepted", ModificationAccepted.class);
}

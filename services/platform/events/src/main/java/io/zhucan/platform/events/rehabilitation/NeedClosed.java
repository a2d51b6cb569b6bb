package io.zhucan.platform.events.rehabilitation;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.util.UUID;

/** A needs assessment was closed with its outcome. */
public record NeedClosed(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID needId,
        String county,
        NeedOutcome outcome) implements PersonEvent {

    public static final EventType<NeedClosed> TYPE = RehabilitationEvents.type("need.closed", NeedClosed.class);
}

package io.zhucan.platform.events.rehabilitation;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.Instant;
import java.util.UUID;

/** A needs assessment (精准康复) was opened without application for a newly issued or regraded certificate. */
public record NeedOpened(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID needId,
        UUID certificateId,
        String county,
        DisabilityCategory category,
        DisabilityGrade grade,
        NeedTrigger trigger) implements PersonEvent {

    public static final EventType<NeedOpened> TYPE = RehabilitationEvents.type("need.opened", NeedOpened.class);
}

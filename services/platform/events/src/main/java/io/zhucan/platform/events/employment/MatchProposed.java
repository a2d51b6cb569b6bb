package io.zhucan.platform.events.employment;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.util.UUID;

/** A job was proposed to a job seeker (人岗匹配) with its explained score; a referral opened. */
public record MatchProposed(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID referralId,
        UUID jobId,
        UUID employerId,
        String county,
        int score) implements PersonEvent {

    public static final EventType<MatchProposed> TYPE =
            EmploymentEvents.type("match.proposed", MatchProposed.class);
}

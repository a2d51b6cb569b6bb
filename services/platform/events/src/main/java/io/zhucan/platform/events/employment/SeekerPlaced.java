package io.zhucan.platform.events.employment;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.LocalDate;
import java.time.Instant;
import java.util.UUID;

/**
 * A job seeker was hired. Civil affairs disregards the income of a first job for the low-income
 * test for 3 years from {@code startDate}, then tapers it over a year (seed 001 (三)1, seed 004).
 */
public record SeekerPlaced(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID placementId,
        UUID referralId,
        UUID jobId,
        UUID employerId,
        String county,
        WorkForm workForm,
        LocalDate startDate,
        long monthlyWageFen) implements PersonEvent {

    public static final EventType<SeekerPlaced> TYPE =
            EmploymentEvents.type("seeker.placed", SeekerPlaced.class);
}

package io.zhucan.platform.events.rehabilitation;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A rented assistive device (辅具租赁) is due back soon or overdue: the holder is to be reminded.
 * Published once per rental and kind; a notification channel (SMS, 浙里办) delivers it.
 */
public record RentalReminderDue(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID fittingId,
        String county,
        String deviceCode,
        ReminderKind kind,
        LocalDate returnDueOn) implements PersonEvent {

    public static final EventType<RentalReminderDue> TYPE =
            RehabilitationEvents.type("rental.reminder-due", RentalReminderDue.class);
}

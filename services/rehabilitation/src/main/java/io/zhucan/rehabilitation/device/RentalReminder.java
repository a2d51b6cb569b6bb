package io.zhucan.rehabilitation.device;

import io.zhucan.platform.events.rehabilitation.ReminderKind;
import java.time.LocalDate;
import java.util.UUID;

/** A reminder sent to the holder of a rented device: at most one per rental and kind. */
public record RentalReminder(UUID id, UUID fittingId, UUID personId, String county, String deviceCode,
        ReminderKind kind, LocalDate returnDueOn, LocalDate remindedOn) {

    public static RentalReminder of(Fitting rental, ReminderKind kind, LocalDate today) {
        return new RentalReminder(UUID.randomUUID(), rental.id(), rental.personId(), rental.county(),
                rental.deviceCode(), kind, rental.returnDueOn(), today);
    }
}

package io.zhucan.rehabilitation.device;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Port: the reminders sent for rented devices, and the policy of when they are due. */
public interface RentalReminders {

    /** Days before the return date the holder is reminded, in force on the day for the county (policy data). */
    int daysBeforeDue(String county, LocalDate on);

    /** Records the reminder unless one of its kind was recorded for the rental already; returns whether it was. */
    boolean record(RentalReminder reminder);

    List<RentalReminder> ofPerson(UUID personId);
}

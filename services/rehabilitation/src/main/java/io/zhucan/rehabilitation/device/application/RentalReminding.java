package io.zhucan.rehabilitation.device.application;

import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.rehabilitation.RentalReminderDue;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.security.audit.PersonAccess;
import io.zhucan.rehabilitation.device.Fitting;
import io.zhucan.rehabilitation.device.Fittings;
import io.zhucan.rehabilitation.device.RentalReminder;
import io.zhucan.rehabilitation.device.RentalReminders;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders to the holders of rented devices (辅具租赁): due soon, then overdue. Idempotent by the
 * reminder's unique key (rental + kind), so a rerun or a second instance sends nothing twice.
 */
@Service
public class RentalReminding {

    private static final Logger log = LoggerFactory.getLogger(RentalReminding.class);

    private final Fittings fittings;
    private final RentalReminders reminders;
    private final EventPublisher events;
    private final PersonAccess access;
    private final Clock clock;

    public RentalReminding(Fittings fittings, RentalReminders reminders, EventPublisher events, PersonAccess access,
            Clock clock) {
        this.fittings = fittings;
        this.reminders = reminders;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** The daily run (cron {@code zhucan.rehabilitation.rental-reminders.cron}, "-" turns it off), once per cluster (ADR 0010). */
    @SchedulerLock(name = "rehabilitation-rental-reminders", lockAtLeastFor = "PT10M")
    @Scheduled(cron = "${zhucan.rehabilitation.rental-reminders.cron:0 0 9 * * *}", zone = "Asia/Shanghai")
    public void scheduledReminders() {
        remindDue();
    }

    /** Sends the reminders due today; returns how many. */
    @Transactional
    public int remindDue() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> leadDays = new HashMap<>();
        int sent = 0;
        for (Fitting rental : fittings.rentalsOutNotYetOverdueReminded()) {
            int days = leadDays.computeIfAbsent(rental.county(), county -> reminders.daysBeforeDue(county, today));
            var kind = rental.reminderDue(today, days);
            if (kind.isPresent() && reminders.record(RentalReminder.of(rental, kind.get(), today))) {
                events.publish(new RentalReminderDue(UUID.randomUUID(), clock.instant(), rental.personId(),
                        rental.id(), rental.county(), rental.deviceCode(), kind.get(), rental.returnDueOn()));
                sent++;
            }
        }
        log.info("sent {} rental reminders", sent);
        return sent;
    }

    @Transactional(readOnly = true)
    public List<RentalReminder> mine(CurrentUser user) {
        UUID me = user.personId();
        if (me == null) {
            throw new RuleViolationException("person-id", "the token carries no person id");
        }
        access.read(user, me, "", "rental-reminder:mine");
        return reminders.ofPerson(me);
    }
}

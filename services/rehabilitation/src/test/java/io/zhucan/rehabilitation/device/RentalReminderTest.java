package io.zhucan.rehabilitation.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.rehabilitation.ReminderKind;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When a rented device's holder is reminded: the boundary days of "due soon" and "overdue". */
class RentalReminderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final int LEAD_DAYS = 7;
    private static final CatalogueItem WHEELCHAIR = new CatalogueItem("WHEELCHAIR-ELECTRIC", "电动轮椅",
            Set.of(DisabilityCategory.PHYSICAL), Set.of(DisabilityGrade.values()), 300_000, true, false);

    @Test
    void dueSoonFromTheLeadDaysBeforeTheReturnDateUpToItThenOverdue() {
        assertThat(fittedRentalDue(TODAY.plusDays(8)).reminderDue(TODAY, LEAD_DAYS)).as("8 days ahead").isEmpty();
        assertThat(fittedRentalDue(TODAY.plusDays(7)).reminderDue(TODAY, LEAD_DAYS)).contains(ReminderKind.DUE_SOON);
        assertThat(fittedRentalDue(TODAY).reminderDue(TODAY, LEAD_DAYS)).as("due today").contains(ReminderKind.DUE_SOON);
        assertThat(fittedRentalDue(TODAY.minusDays(1)).reminderDue(TODAY, LEAD_DAYS)).contains(ReminderKind.OVERDUE);
        assertThat(fittedRentalDue(TODAY.plusDays(1)).reminderDue(TODAY, 0)).as("no lead days").isEmpty();
    }

    @Test
    void onlyADeviceStillOutIsReminded() {
        Fitting ordered = Fitting.order(UUID.randomUUID(), UUID.randomUUID(), "330106", WHEELCHAIR, true, "m", 300_000,
                TODAY.plusDays(3), null, "cw", TODAY);
        assertThat(ordered.reminderDue(TODAY.plusDays(5), LEAD_DAYS)).as("never handed over").isEmpty();
        Fitting fitted = ordered.fit(TODAY);
        assertThat(fitted.reminderDue(TODAY, LEAD_DAYS)).contains(ReminderKind.DUE_SOON);
        assertThat(fitted.returned(TODAY.plusDays(1)).reminderDue(TODAY.plusDays(5), LEAD_DAYS)).as("returned").isEmpty();
        Fitting bought = Fitting.order(UUID.randomUUID(), UUID.randomUUID(), "330106", WHEELCHAIR, true, "m", 300_000,
                null, null, "cw", TODAY).fit(TODAY);
        assertThat(bought.reminderDue(TODAY, LEAD_DAYS)).as("not a rental").isEmpty();
    }

    @Test
    void aReminderCarriesTheRentalAndTheDay() {
        Fitting rental = fittedRentalDue(TODAY.plusDays(2));
        RentalReminder reminder = RentalReminder.of(rental, ReminderKind.DUE_SOON, TODAY);
        assertThat(reminder.fittingId()).isEqualTo(rental.id());
        assertThat(reminder.personId()).isEqualTo(rental.personId());
        assertThat(reminder.returnDueOn()).isEqualTo(TODAY.plusDays(2));
        assertThat(reminder.remindedOn()).isEqualTo(TODAY);
    }

    /** A rental handed over long ago (the API refuses a past return date at ordering, not later). */
    private static Fitting fittedRentalDue(LocalDate due) {
        Fitting f = Fitting.order(UUID.randomUUID(), UUID.randomUUID(), "330106", WHEELCHAIR, true, "m", 300_000,
                TODAY.plusDays(30), null, "cw", TODAY.minusDays(60)).fit(TODAY.minusDays(60));
        return new Fitting(f.id(), f.personId(), f.county(), f.deviceCode(), f.model(), f.coPay(), f.rental(), due,
                f.status(), f.overrideReason(), f.orderedBy(), f.overrideApprovedBy(), f.fittedOn(), f.returnedOn(),
                f.version());
    }
}

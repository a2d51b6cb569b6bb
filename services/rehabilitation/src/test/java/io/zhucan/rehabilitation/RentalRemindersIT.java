package io.zhucan.rehabilitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.Topics;
import io.zhucan.platform.events.vocabulary.DisabilityCategory;
import io.zhucan.platform.events.vocabulary.DisabilityGrade;
import io.zhucan.platform.testing.TopicReader;
import io.zhucan.rehabilitation.device.application.RentalReminding;
import io.zhucan.rehabilitation.support.RehabIT;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily reminder run: due soon, then overdue, each once per rental; the citizen sees theirs. */
class RentalRemindersIT extends RehabIT {

    private final String caseworker = staff("cw-xihu-remind", "330106", "caseworker");

    @Autowired RentalReminding reminding;

    @Test
    void aRentalIsRemindedOnceDueSoonAndOnceOverdueAndTheHolderSeesBoth() {
        UUID person = UUID.randomUUID();
        certifiedPerson(person, "330106", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1);
        UUID rental = rentedAndHandedOver(person, today().plusDays(7));
        UUID later = rentedAndHandedOver(person, today().plusDays(8));

        reminding.remindDue();
        reminding.remindDue();
        assertThat(reminders(rental)).containsExactly("DUE_SOON");
        assertThat(reminders(later)).as("8 days ahead: the 7-day lead of the province").isEmpty();

        moveReturnDate(rental, today().minusDays(1));
        reminding.remindDue();
        reminding.remindDue();
        assertThat(reminders(rental)).containsExactlyInAnyOrder("DUE_SOON", "OVERDUE");

        var events = TopicReader.recordsWithKey(Topics.REHABILITATION, person.toString(), 5);
        assertThat(events).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(
                "io.zhucan.rehabilitation.need.opened.v1", "io.zhucan.rehabilitation.device.fitted.v1",
                "io.zhucan.rehabilitation.device.fitted.v1", "io.zhucan.rehabilitation.rental.reminder-due.v1",
                "io.zhucan.rehabilitation.rental.reminder-due.v1");
        assertThat(new String(events.getLast().value(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"kind\":\"OVERDUE\"").contains(rental.toString());

        var mine = api.as(citizen(person)).get("/api/rehabilitation/me/reminders");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().size()).isEqualTo(2);
        assertThat(mine.body().get(0).path("kind").asString()).isEqualTo("OVERDUE");
        assertThat(mine.body().get(0).path("fittingId").asString()).isEqualTo(rental.toString());
        assertThat(jdbc.sql("SELECT count(*) FROM person_access_audit WHERE person_id = :p AND resource = "
                + "'rental-reminder:mine'").param("p", person).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReturnedDeviceIsNotRemindedAndOthersDoNotSeeTheReminders() {
        UUID person = UUID.randomUUID();
        certifiedPerson(person, "330106", DisabilityCategory.PHYSICAL, DisabilityGrade.GRADE_1);
        UUID rental = rentedAndHandedOver(person, today().plusDays(3));
        api.as(caseworker).post("/api/rehabilitation/fittings/{id}/returned", null, rental);

        reminding.remindDue();
        assertThat(reminders(rental)).isEmpty();

        UUID out = rentedAndHandedOver(person, today().plusDays(2));
        reminding.remindDue();
        assertThat(reminders(out)).containsExactly("DUE_SOON");
        assertThat(api.as(citizen(UUID.randomUUID())).get("/api/rehabilitation/me/reminders").body().size()).isZero();
        assertThat(api.as(caseworker).get("/api/rehabilitation/me/reminders").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/api/rehabilitation/me/reminders").status()).isEqualTo(401);
    }

    private UUID rentedAndHandedOver(UUID person, LocalDate due) {
        String id = api.as(caseworker).post("/api/rehabilitation/fittings", Map.of("personId", person.toString(),
                "deviceCode", "EYE-CONTROL", "model", "basic", "priceFen", 60_000,
                "returnDueOn", today().plusMonths(3).toString())).field("/id");
        api.as(caseworker).post("/api/rehabilitation/fittings/{id}/fitted", null, id);
        moveReturnDate(UUID.fromString(id), due);
        return UUID.fromString(id);
    }

    /** Time passes in the table: the API accepts only a future return date at ordering. */
    private void moveReturnDate(UUID fitting, LocalDate due) {
        jdbc.sql("UPDATE device_fitting SET return_due_on = :d WHERE id = :id").param("d", Date.valueOf(due))
                .param("id", fitting).update();
    }

    private java.util.List<String> reminders(UUID fitting) {
        return jdbc.sql("SELECT kind FROM rental_reminder WHERE fitting_id = :f ORDER BY created_at")
                .param("f", fitting).query(String.class).list();
    }
}

package io.zhucan.rehabilitation.device.persistence;

import io.zhucan.platform.events.rehabilitation.ReminderKind;
import io.zhucan.rehabilitation.device.RentalReminder;
import io.zhucan.rehabilitation.device.RentalReminders;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcRentalReminders implements RentalReminders {

    private final JdbcClient jdbc;

    JdbcRentalReminders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version in force on the day for the county, its city or the province: the most specific wins. */
    @Override
    public int daysBeforeDue(String county, LocalDate on) {
        return jdbc.sql("""
                        SELECT days_before_due FROM rental_reminder_lead
                        WHERE region IN (:county, :city, :province) AND valid_from <= :on
                            AND (valid_to IS NULL OR valid_to > :on)
                        ORDER BY CASE region WHEN :county THEN 0 WHEN :city THEN 1 ELSE 2 END, valid_from DESC LIMIT 1""")
                .param("county", county)
                .param("city", county.substring(0, 4) + "00")
                .param("province", county.substring(0, 2) + "0000")
                .param("on", Date.valueOf(on))
                .query(Integer.class).optional()
                .orElseThrow(() -> new IllegalStateException("no rental_reminder_lead in force for " + county));
    }

    @Override
    public boolean record(RentalReminder r) {
        return jdbc.sql("""
                        INSERT INTO rental_reminder (id, fitting_id, person_id, county, device_code, kind, return_due_on,
                            reminded_on)
                        VALUES (:id, :fitting, :person, :county, :device, :kind, :due, :on)
                        ON CONFLICT (fitting_id, kind) DO NOTHING""")
                .param("id", r.id())
                .param("fitting", r.fittingId())
                .param("person", r.personId())
                .param("county", r.county())
                .param("device", r.deviceCode())
                .param("kind", r.kind().name())
                .param("due", Date.valueOf(r.returnDueOn()))
                .param("on", Date.valueOf(r.remindedOn()))
                .update() == 1;
    }

    @Override
    public List<RentalReminder> ofPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM rental_reminder WHERE person_id = :p ORDER BY reminded_on DESC, kind DESC")
                .param("p", personId).query(JdbcRentalReminders::map).list();
    }

    private static RentalReminder map(ResultSet rs, int row) throws SQLException {
        return new RentalReminder(rs.getObject("id", UUID.class), rs.getObject("fitting_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getString("county"), rs.getString("device_code"),
                ReminderKind.valueOf(rs.getString("kind")), rs.getDate("return_due_on").toLocalDate(),
                rs.getDate("reminded_on").toLocalDate());
    }
}

package io.zhucan.rehabilitation.device.persistence;

import io.zhucan.platform.domain.ConcurrentChangeException;
import io.zhucan.rehabilitation.device.CoPay;
import io.zhucan.rehabilitation.device.Fitting;
import io.zhucan.rehabilitation.device.FittingStatus;
import io.zhucan.rehabilitation.device.Fittings;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcFittings implements Fittings {

    private final JdbcClient jdbc;

    JdbcFittings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(Fitting f) {
        jdbc.sql("""
                        INSERT INTO device_fitting (id, person_id, county, device_code, model, price_fen, subsidy_fen,
                            personal_top_up_fen, rental, return_due_on, status, override_reason, ordered_by, version)
                        VALUES (:id, :person, :county, :device, :model, :price, :subsidy, :topUp, :rental, :returnDue,
                            :status, :reason, :orderedBy, 0)""")
                .param("id", f.id())
                .param("person", f.personId())
                .param("county", f.county())
                .param("device", f.deviceCode())
                .param("model", f.model())
                .param("price", f.coPay().priceFen())
                .param("subsidy", f.coPay().subsidyFen())
                .param("topUp", f.coPay().personalTopUpFen())
                .param("rental", f.rental())
                .param("returnDue", date(f.returnDueOn()))
                .param("status", f.status().name())
                .param("reason", f.overrideReason())
                .param("orderedBy", f.orderedBy())
                .update();
    }

    @Override
    public Optional<Fitting> byId(UUID id) {
        return jdbc.sql("SELECT * FROM device_fitting WHERE id = :id").param("id", id).query(JdbcFittings::map).optional();
    }

    @Override
    public List<Fitting> ofPerson(UUID personId) {
        return jdbc.sql("SELECT * FROM device_fitting WHERE person_id = :p ORDER BY created_at").param("p", personId)
                .query(JdbcFittings::map).list();
    }

    @Override
    public List<Fitting> overdueRentals(String countyPrefix, LocalDate today) {
        return jdbc.sql("""
                        SELECT * FROM device_fitting WHERE rental AND status = 'FITTED' AND county LIKE :prefix
                            AND return_due_on < :today ORDER BY return_due_on LIMIT 500""")
                .param("prefix", countyPrefix + "%").param("today", Date.valueOf(today))
                .query(JdbcFittings::map).list();
    }

    @Override
    public List<Fitting> overdueRentalsInTownship(String township, LocalDate today) {
        return jdbc.sql("""
                        SELECT f.* FROM device_fitting f JOIN person_profile p ON p.person_id = f.person_id AND p.county = f.county
                        WHERE f.rental AND f.status = 'FITTED' AND p.township = :township AND f.return_due_on < :today
                        ORDER BY f.return_due_on LIMIT 500""")
                .param("township", township).param("today", Date.valueOf(today))
                .query(JdbcFittings::map).list();
    }

    @Override
    public List<Fitting> rentalsOutNotYetOverdueReminded() {
        return jdbc.sql("""
                        SELECT * FROM device_fitting f WHERE rental AND status = 'FITTED' AND NOT EXISTS (
                            SELECT 1 FROM rental_reminder r WHERE r.fitting_id = f.id AND r.kind = 'OVERDUE')
                        ORDER BY return_due_on""")
                .query(JdbcFittings::map).list();
    }

    @Override
    public Fitting update(Fitting f) {
        int updated = jdbc.sql("""
                        UPDATE device_fitting SET status = :status, override_approved_by = :approver, fitted_on = :fitted,
                            returned_on = :returned, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", f.id())
                .param("status", f.status().name())
                .param("approver", f.overrideApprovedBy())
                .param("fitted", date(f.fittedOn()))
                .param("returned", date(f.returnedOn()))
                .param("version", f.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("fitting " + f.id() + " was changed meanwhile");
        }
        return byId(f.id()).orElseThrow();
    }

    private static @Nullable Date date(@Nullable LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static @Nullable LocalDate local(@Nullable Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Fitting map(ResultSet rs, int row) throws SQLException {
        return new Fitting(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("county"),
                rs.getString("device_code"), rs.getString("model"),
                new CoPay(rs.getLong("price_fen"), rs.getLong("subsidy_fen"), rs.getLong("personal_top_up_fen")),
                rs.getBoolean("rental"), local(rs.getDate("return_due_on")), FittingStatus.valueOf(rs.getString("status")),
                rs.getString("override_reason"), rs.getString("ordered_by"), rs.getString("override_approved_by"),
                local(rs.getDate("fitted_on")), local(rs.getDate("returned_on")), rs.getLong("version"));
    }
}

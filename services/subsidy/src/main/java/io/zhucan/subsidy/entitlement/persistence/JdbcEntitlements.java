package io.zhucan.subsidy.entitlement.persistence;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import io.zhucan.subsidy.entitlement.Entitlements;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entitlements, their amount schedule and their closed pause windows. */
@Repository
class JdbcEntitlements implements Entitlements {

    private static final String ENTITLEMENT = """
            SELECT e.*, (SELECT a.monthly_amount_fen FROM entitlement_amount a WHERE a.entitlement_id = e.id
                         ORDER BY a.from_month DESC LIMIT 1) AS latest_amount
            FROM entitlement e""";

    private final JdbcClient jdbc;

    JdbcEntitlements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Map<Allowance, Entitlement>> ofPersons(Collection<UUID> personIds) {
        return byPerson(jdbc.sql(ENTITLEMENT + " WHERE e.person_id IN (:ids)").param("ids", personIds)
                .query(JdbcEntitlements::entitlement).list());
    }

    @Override
    public Map<UUID, Map<Allowance, Entitlement>> ofPersonsBetween(UUID first, UUID last) {
        return byPerson(jdbc.sql(ENTITLEMENT + " WHERE e.person_id BETWEEN :first AND :last")
                .param("first", first).param("last", last).query(JdbcEntitlements::entitlement).list());
    }

    private static Map<UUID, Map<Allowance, Entitlement>> byPerson(List<Entitlement> entitlements) {
        Map<UUID, Map<Allowance, Entitlement>> result = new HashMap<>();
        entitlements.forEach(e -> result.computeIfAbsent(e.personId(), p -> new EnumMap<>(Allowance.class))
                .put(e.allowance(), e));
        return result;
    }

    @Override
    public Optional<Entitlement> lock(UUID entitlementId) {
        return jdbc.sql(ENTITLEMENT + " WHERE e.id = :id FOR UPDATE OF e").param("id", entitlementId)
                .query(JdbcEntitlements::entitlement).optional();
    }

    @Override
    public Optional<Entitlement> lock(UUID personId, Allowance allowance) {
        return jdbc.sql(ENTITLEMENT + " WHERE e.person_id = :p AND e.allowance = :a FOR UPDATE OF e")
                .param("p", personId).param("a", allowance.name())
                .query(JdbcEntitlements::entitlement).optional();
    }

    @Override
    public void add(Entitlement e, @Nullable UUID decisionId) {
        jdbc.sql("""
                        INSERT INTO entitlement (id, person_id, id_number, allowance, county, status, start_month, end_month,
                            paused_from, paused_until, status_reason, manual_override, decision_id, granted_at, updated_at)
                        VALUES (:id, :person, :idNumber, :allowance, :county, :status, :start, :end, :pausedFrom,
                            :pausedUntil, :reason, :manual, :decision, now(), now())""")
                .param("id", e.id()).param("person", e.personId()).param("idNumber", e.idNumber().value())
                .param("allowance", e.allowance().name()).param("county", e.county()).param("status", e.status().name())
                .param("start", month(e.startMonth())).param("end", month(e.endMonth()))
                .param("pausedFrom", month(e.pausedFrom())).param("pausedUntil", month(e.pausedUntil()))
                .param("reason", e.statusReason()).param("manual", e.manualOverride()).param("decision", decisionId)
                .update();
    }

    @Override
    public void update(Entitlement e) {
        // a closed pause window about to be replaced is kept (payment runs of old months must still skip it)
        jdbc.sql("""
                        INSERT INTO entitlement_pause (entitlement_id, from_month, until_month)
                        SELECT id, paused_from, paused_until FROM entitlement
                        WHERE id = :id AND paused_from IS NOT NULL AND paused_until IS NOT NULL
                          AND (paused_from IS DISTINCT FROM CAST(:pausedFrom AS DATE)
                               OR paused_until IS DISTINCT FROM CAST(:pausedUntil AS DATE))
                        ON CONFLICT (entitlement_id, from_month) DO UPDATE SET until_month = EXCLUDED.until_month""")
                .param("id", e.id()).param("pausedFrom", month(e.pausedFrom())).param("pausedUntil", month(e.pausedUntil()))
                .update();
        jdbc.sql("""
                        UPDATE entitlement SET county = :county, status = :status, start_month = :start, end_month = :end,
                            paused_from = :pausedFrom, paused_until = :pausedUntil, status_reason = :reason,
                            manual_override = :manual, updated_at = now()
                        WHERE id = :id""")
                .param("id", e.id()).param("county", e.county()).param("status", e.status().name())
                .param("start", month(e.startMonth())).param("end", month(e.endMonth()))
                .param("pausedFrom", month(e.pausedFrom())).param("pausedUntil", month(e.pausedUntil()))
                .param("reason", e.statusReason()).param("manual", e.manualOverride()).update();
    }

    @Override
    public void oweArrears(UUID entitlementId, YearMonth from, YearMonth until) {
        jdbc.sql("""
                        INSERT INTO entitlement_arrears (entitlement_id, from_month, until_month, updated_at)
                        VALUES (:id, :from, :until, now())
                        ON CONFLICT (entitlement_id) DO UPDATE SET updated_at = now(),
                            from_month = LEAST(entitlement_arrears.from_month, EXCLUDED.from_month),
                            until_month = GREATEST(entitlement_arrears.until_month, EXCLUDED.until_month)""")
                .param("id", entitlementId).param("from", month(from)).param("until", month(until)).update();
    }

    @Override
    public void scheduleAmount(UUID entitlementId, YearMonth fromMonth, long amountFen, @Nullable Long policyVersion,
            String reason) {
        jdbc.sql("""
                        INSERT INTO entitlement_amount (entitlement_id, from_month, monthly_amount_fen, policy_version, reason)
                        VALUES (:id, :from, :fen, :version, :reason)
                        ON CONFLICT (entitlement_id, from_month) DO UPDATE SET monthly_amount_fen = EXCLUDED.monthly_amount_fen,
                            policy_version = EXCLUDED.policy_version, reason = EXCLUDED.reason""")
                .param("id", entitlementId).param("from", month(fromMonth)).param("fen", amountFen)
                .param("version", policyVersion).param("reason", reason).update();
        // a later change scheduled before this one is superseded by it
        jdbc.sql("DELETE FROM entitlement_amount WHERE entitlement_id = :id AND from_month > :from")
                .param("id", entitlementId).param("from", month(fromMonth)).update();
    }

    private static Entitlement entitlement(ResultSet rs, int n) throws SQLException {
        return new Entitlement(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                ResidentIdNumber.of(rs.getString("id_number")), Allowance.valueOf(rs.getString("allowance")),
                rs.getString("county"), EntitlementStatus.valueOf(rs.getString("status")), yearMonth(rs, "start_month"),
                yearMonth(rs, "end_month"), yearMonth(rs, "paused_from"), yearMonth(rs, "paused_until"),
                rs.getString("status_reason"), rs.getBoolean("manual_override"), rs.getLong("latest_amount"));
    }

    private static @Nullable YearMonth yearMonth(ResultSet rs, String column) throws SQLException {
        LocalDate date = rs.getObject(column, LocalDate.class);
        return date == null ? null : YearMonth.from(date);
    }

    private static @Nullable LocalDate month(@Nullable YearMonth month) {
        return month == null ? null : month.atDay(1);
    }
}

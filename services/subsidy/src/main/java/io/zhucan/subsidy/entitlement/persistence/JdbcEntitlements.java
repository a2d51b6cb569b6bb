package io.zhucan.subsidy.entitlement.persistence;

import static io.zhucan.subsidy.shared.persistence.JsonRows.text;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import io.zhucan.subsidy.entitlement.Entitlements;
import io.zhucan.subsidy.entitlement.EntitlementAmount;
import io.zhucan.subsidy.shared.persistence.JsonRows;
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
        updateAll(List.of(e));
    }

    @Override
    public void updateAll(List<Entitlement> updated) {
        if (updated.isEmpty()) {
            return;
        }
        JsonRows rows = new JsonRows();
        updated.forEach(e -> rows.add().put("id", text(e.id())).put("county", e.county()).put("status", e.status().name())
                .put("start_month", JsonRows.month(e.startMonth())).put("end_month", JsonRows.month(e.endMonth()))
                .put("paused_from", JsonRows.month(e.pausedFrom())).put("paused_until", JsonRows.month(e.pausedUntil()))
                .put("status_reason", e.statusReason()).put("manual_override", e.manualOverride()));
        // a closed pause window about to be replaced is kept (payment runs of old months must still skip it); the
        // pause insert reads the rows as they were before the update of the same statement
        jdbc.sql("""
                        WITH u AS (SELECT * FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(id uuid, county text,
                                       status text, start_month date, end_month date, paused_from date, paused_until date,
                                       status_reason text, manual_override boolean)),
                        kept AS (INSERT INTO entitlement_pause (entitlement_id, from_month, until_month)
                                 SELECT e.id, e.paused_from, e.paused_until FROM entitlement e JOIN u ON u.id = e.id
                                 WHERE e.paused_from IS NOT NULL AND e.paused_until IS NOT NULL
                                   AND (e.paused_from IS DISTINCT FROM u.paused_from
                                        OR e.paused_until IS DISTINCT FROM u.paused_until)
                                 ON CONFLICT (entitlement_id, from_month) DO UPDATE SET until_month = EXCLUDED.until_month)
                        UPDATE entitlement e SET county = u.county, status = u.status, start_month = u.start_month,
                            end_month = u.end_month, paused_from = u.paused_from, paused_until = u.paused_until,
                            status_reason = u.status_reason, manual_override = u.manual_override, updated_at = now()
                        FROM u WHERE e.id = u.id""")
                .param("rows", rows.json()).update();
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
        scheduleAmounts(List.of(new EntitlementAmount(entitlementId, fromMonth, amountFen, policyVersion, reason)));
    }

    @Override
    public void scheduleAmounts(List<EntitlementAmount> amounts) {
        if (amounts.isEmpty()) {
            return;
        }
        JsonRows rows = new JsonRows();
        amounts.forEach(a -> rows.add().put("entitlement_id", text(a.entitlementId())).put("from_month", JsonRows.month(a.fromMonth()))
                .put("monthly_amount_fen", a.amountFen()).put("policy_version", a.policyVersion()).put("reason", a.reason()));
        // a later change scheduled before this one is superseded by it
        jdbc.sql("""
                        WITH r AS (SELECT * FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(entitlement_id uuid,
                                       from_month date, monthly_amount_fen bigint, policy_version bigint, reason text)),
                        superseded AS (DELETE FROM entitlement_amount a USING r
                                       WHERE a.entitlement_id = r.entitlement_id AND a.from_month > r.from_month)
                        INSERT INTO entitlement_amount (entitlement_id, from_month, monthly_amount_fen, policy_version, reason)
                        SELECT entitlement_id, from_month, monthly_amount_fen, policy_version, reason FROM r
                        ON CONFLICT (entitlement_id, from_month) DO UPDATE SET monthly_amount_fen = EXCLUDED.monthly_amount_fen,
                            policy_version = EXCLUDED.policy_version, reason = EXCLUDED.reason""")
                .param("rows", rows.json()).update();
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

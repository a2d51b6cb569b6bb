package io.zhucan.subsidy.entitlement.persistence;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.Decision;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import io.zhucan.subsidy.entitlement.application.EntitlementStore;
import io.zhucan.subsidy.entitlement.application.SubsidyQueries;
import io.zhucan.subsidy.facts.PersonFacts;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
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
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcEntitlementStore implements EntitlementStore, SubsidyQueries {

    private static final String ENTITLEMENT = """
            SELECT e.*, (SELECT a.monthly_amount_fen FROM entitlement_amount a WHERE a.entitlement_id = e.id
                         ORDER BY a.from_month DESC LIMIT 1) AS latest_amount
            FROM entitlement e""";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcEntitlementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Map<Allowance, Entitlement>> entitlementsOf(Collection<UUID> personIds) {
        Map<UUID, Map<Allowance, Entitlement>> result = new HashMap<>();
        jdbc.sql(ENTITLEMENT + " WHERE e.person_id IN (:ids)").param("ids", personIds)
                .query(JdbcEntitlementStore::entitlement).list()
                .forEach(e -> result.computeIfAbsent(e.personId(), p -> new EnumMap<>(Allowance.class))
                        .put(e.allowance(), e));
        return result;
    }

    @Override
    public Map<UUID, Map<Allowance, CurrentDecision>> currentDecisions(Collection<UUID> personIds) {
        Map<UUID, Map<Allowance, CurrentDecision>> result = new HashMap<>();
        jdbc.sql("SELECT * FROM current_decision WHERE person_id IN (:ids)").param("ids", personIds)
                .query(rs -> {
                    long amount = rs.getLong("amount_fen");
                    Long amountFen = rs.wasNull() ? null : amount;
                    result.computeIfAbsent(rs.getObject("person_id", UUID.class), p -> new EnumMap<>(Allowance.class))
                            .put(Allowance.valueOf(rs.getString("allowance")), new CurrentDecision(
                                    rs.getObject("decision_id", UUID.class),
                                    EligibilityOutcome.valueOf(rs.getString("outcome")),
                                    strings(rs.getArray("failed_rules")), strings(rs.getArray("missing_facts")),
                                    amountFen));
                });
        return result;
    }

    @Override
    public Optional<Entitlement> lock(UUID entitlementId) {
        return jdbc.sql(ENTITLEMENT + " WHERE e.id = :id FOR UPDATE OF e").param("id", entitlementId)
                .query(JdbcEntitlementStore::entitlement).optional();
    }

    @Override
    public Optional<Entitlement> lock(UUID personId, Allowance allowance) {
        return jdbc.sql(ENTITLEMENT + " WHERE e.person_id = :p AND e.allowance = :a FOR UPDATE OF e")
                .param("p", personId).param("a", allowance.name())
                .query(JdbcEntitlementStore::entitlement).optional();
    }

    @Override
    public void recordDecision(UUID decisionId, UUID personId, Decision d, String county, long policyVersion,
            String trigger, PersonFacts facts) {
        String[] failed = d.failedRules().toArray(String[]::new);
        String[] missing = d.missingFacts().toArray(String[]::new);
        jdbc.sql("""
                        INSERT INTO decision (id, person_id, allowance, outcome, failed_rules, missing_facts, amount_fen,
                            county, policy_version, trigger, facts, decided_at)
                        VALUES (:id, :person, :allowance, :outcome, :failed, :missing, :amount, :county, :version,
                            :trigger, CAST(:facts AS jsonb), now())""")
                .param("id", decisionId).param("person", personId).param("allowance", d.allowance().name())
                .param("outcome", d.outcome().name()).param("failed", failed).param("missing", missing)
                .param("amount", d.monthlyAmountFen()).param("county", county).param("version", policyVersion)
                .param("trigger", trigger).param("facts", json.writeValueAsString(facts)).update();
        jdbc.sql("""
                        INSERT INTO current_decision (person_id, allowance, decision_id, outcome, failed_rules,
                            missing_facts, amount_fen)
                        VALUES (:person, :allowance, :id, :outcome, :failed, :missing, :amount)
                        ON CONFLICT (person_id, allowance) DO UPDATE SET decision_id = EXCLUDED.decision_id,
                            outcome = EXCLUDED.outcome, failed_rules = EXCLUDED.failed_rules,
                            missing_facts = EXCLUDED.missing_facts, amount_fen = EXCLUDED.amount_fen""")
                .param("id", decisionId).param("person", personId).param("allowance", d.allowance().name())
                .param("outcome", d.outcome().name()).param("failed", failed).param("missing", missing)
                .param("amount", d.monthlyAmountFen()).update();
    }

    @Override
    public void insert(Entitlement e, @Nullable UUID decisionId) {
        jdbc.sql("""
                        INSERT INTO entitlement (id, person_id, id_number, allowance, county, status, start_month, end_month,
                            paused_from, paused_until, status_reason, manual_override, decision_id, granted_at, updated_at)
                        VALUES (:id, :person, :idNumber, :allowance, :county, :status, :start, :end, :pausedFrom,
                            :pausedUntil, :reason, :manual, :decision, now(), now())""")
                .param("id", e.id()).param("person", e.personId()).param("idNumber", e.idNumber())
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

    @Override
    public List<InstructedMonth> unclaimedInstructedMonths(UUID entitlementId, YearMonth from) {
        return jdbc.sql("""
                        SELECT p.month, p.amount_fen FROM payment_instruction p
                        WHERE p.entitlement_id = :id AND p.month >= :from AND p.status IN ('INSTRUCTED', 'PAID')
                          AND NOT EXISTS (SELECT 1 FROM overpayment_month o WHERE o.entitlement_id = p.entitlement_id
                                          AND o.month = p.month)
                        ORDER BY p.month""")
                .param("id", entitlementId).param("from", month(from))
                .query((rs, n) -> new InstructedMonth(YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getLong("amount_fen")))
                .list();
    }

    @Override
    public List<InstructedMonth> recordOverpayment(UUID overpaymentId, Entitlement e, List<InstructedMonth> months,
            String reason) {
        jdbc.sql("""
                        INSERT INTO overpayment (id, entitlement_id, person_id, allowance, county, months, amount_fen, reason,
                            status, raised_at)
                        VALUES (:id, :entitlement, :person, :allowance, :county, '{}', 0, :reason, 'OPEN', now())""")
                .param("id", overpaymentId).param("entitlement", e.id()).param("person", e.personId())
                .param("allowance", e.allowance().name()).param("county", e.county()).param("reason", reason).update();
        List<InstructedMonth> claimed = months.stream().filter(m -> jdbc.sql("""
                        INSERT INTO overpayment_month (entitlement_id, month, overpayment_id) VALUES (:e, :m, :o)
                        ON CONFLICT DO NOTHING""")
                .param("e", e.id()).param("m", month(m.month())).param("o", overpaymentId).update() == 1).toList();
        if (claimed.isEmpty()) {
            jdbc.sql("DELETE FROM overpayment WHERE id = :id").param("id", overpaymentId).update();
            return claimed;
        }
        jdbc.sql("UPDATE overpayment SET months = CAST(:months AS date[]), amount_fen = :amount WHERE id = :id")
                .param("months", claimed.stream().map(m -> month(m.month()).toString())
                        .collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .param("amount", claimed.stream().mapToLong(InstructedMonth::amountFen).sum())
                .param("id", overpaymentId).update();
        return claimed;
    }

    @Override
    public void openException(UUID personId, @Nullable Allowance allowance, String kind, String county, String detail) {
        jdbc.sql("""
                        INSERT INTO exception_case (id, person_id, allowance, kind, county, detail, opened_at)
                        VALUES (:id, :person, :allowance, :kind, :county, :detail, now())
                        ON CONFLICT DO NOTHING""")
                .param("id", UUID.randomUUID()).param("person", personId)
                .param("allowance", allowance == null ? null : allowance.name()).param("kind", kind)
                .param("county", county).param("detail", detail).update();
    }

    @Override
    public void resolveExceptions(UUID personId, Allowance allowance, String by, String resolution) {
        jdbc.sql("""
                        UPDATE exception_case SET resolved_at = now(), resolved_by = :by, resolution = :resolution
                        WHERE person_id = :person AND allowance = :allowance AND kind = 'UNDECIDABLE'
                          AND resolved_at IS NULL""")
                .param("person", personId).param("allowance", allowance.name()).param("by", by)
                .param("resolution", resolution).update();
    }

    @Override
    public void notify(UUID personId, @Nullable UUID entitlementId, String kind, String message) {
        jdbc.sql("""
                        INSERT INTO notification (id, person_id, entitlement_id, kind, message, created_at)
                        VALUES (:id, :person, :entitlement, :kind, :message, clock_timestamp())""")
                .param("id", UUID.randomUUID()).param("person", personId).param("entitlement", entitlementId)
                .param("kind", kind).param("message", message).update();
    }

    @Override
    public void auditOverride(UUID personId, Allowance allowance, String action, String reason, String actor,
            @Nullable String actorRegion, @Nullable Long amountFen) {
        jdbc.sql("""
                        INSERT INTO override_audit (id, person_id, allowance, action, reason, actor, actor_region, amount_fen,
                            occurred_at)
                        VALUES (:id, :person, :allowance, :action, :reason, :actor, :region, :amount, now())""")
                .param("id", UUID.randomUUID()).param("person", personId).param("allowance", allowance.name())
                .param("action", action).param("reason", reason).param("actor", actor).param("region", actorRegion)
                .param("amount", amountFen).update();
    }

    // ---- read models

    @Override
    public List<EntitlementView> entitlements(UUID personId) {
        return jdbc.sql(ENTITLEMENT + " WHERE e.person_id = :p ORDER BY e.allowance").param("p", personId)
                .query(JdbcEntitlementStore::entitlement).list().stream()
                .map(e -> new EntitlementView(e.id(), e.allowance(), e.status(), e.startMonth(), e.endMonth(),
                        e.pausedFrom(), e.pausedUntil(), e.latestAmountFen(), e.county(), e.statusReason(),
                        e.manualOverride()))
                .toList();
    }

    @Override
    public List<DecisionView> decisions(UUID personId, int limit) {
        return jdbc.sql("SELECT * FROM decision WHERE person_id = :p ORDER BY decided_at DESC, allowance LIMIT :limit")
                .param("p", personId).param("limit", limit)
                .query((rs, n) -> {
                    long amount = rs.getLong("amount_fen");
                    Long amountFen = rs.wasNull() ? null : amount;
                    return new DecisionView(rs.getObject("id", UUID.class), Allowance.valueOf(rs.getString("allowance")),
                            EligibilityOutcome.valueOf(rs.getString("outcome")), strings(rs.getArray("failed_rules")),
                            strings(rs.getArray("missing_facts")), amountFen, rs.getString("county"),
                            rs.getLong("policy_version"), rs.getString("trigger"),
                            rs.getTimestamp("decided_at").toInstant());
                })
                .list();
    }

    @Override
    public List<PaymentView> payments(UUID personId, int limit) {
        return jdbc.sql("SELECT * FROM payment_instruction WHERE person_id = :p ORDER BY month DESC, allowance LIMIT :limit")
                .param("p", personId).param("limit", limit)
                .query((rs, n) -> new PaymentView(rs.getObject("id", UUID.class),
                        rs.getObject("entitlement_id", UUID.class), Allowance.valueOf(rs.getString("allowance")),
                        YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("amount_fen"),
                        rs.getString("status"), rs.getInt("attempt"), rs.getString("failure_reason"),
                        rs.getObject("settled_on", LocalDate.class)))
                .list();
    }

    @Override
    public List<OverpaymentView> overpayments(UUID personId) {
        return jdbc.sql("SELECT * FROM overpayment WHERE person_id = :p ORDER BY raised_at").param("p", personId)
                .query((rs, n) -> new OverpaymentView(rs.getObject("id", UUID.class),
                        rs.getObject("entitlement_id", UUID.class), Allowance.valueOf(rs.getString("allowance")),
                        Arrays.stream((Object[]) rs.getArray("months").getArray())
                                .map(d -> YearMonth.from(((java.sql.Date) d).toLocalDate())).toList(),
                        rs.getLong("amount_fen"), rs.getString("reason"), rs.getString("status"),
                        rs.getTimestamp("raised_at").toInstant()))
                .list();
    }

    @Override
    public List<NotificationView> notifications(UUID personId, int limit) {
        return jdbc.sql("SELECT * FROM notification WHERE person_id = :p ORDER BY created_at DESC LIMIT :limit")
                .param("p", personId).param("limit", limit)
                .query((rs, n) -> new NotificationView(rs.getObject("id", UUID.class),
                        rs.getObject("entitlement_id", UUID.class), rs.getString("kind"), rs.getString("message"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    @Override
    public List<ExceptionView> openExceptions(String regionScope, int limit) {
        String prefix = regionScope.endsWith("0000") ? regionScope.substring(0, 2)
                : regionScope.endsWith("00") ? regionScope.substring(0, 4) : regionScope;
        return jdbc.sql("""
                        SELECT * FROM exception_case WHERE resolved_at IS NULL AND county LIKE :prefix
                        ORDER BY opened_at LIMIT :limit""")
                .param("prefix", prefix + "%").param("limit", limit)
                .query((rs, n) -> new ExceptionView(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                        rs.getString("allowance") == null ? null : Allowance.valueOf(rs.getString("allowance")),
                        rs.getString("kind"), rs.getString("county"), rs.getString("detail"),
                        rs.getTimestamp("opened_at").toInstant()))
                .list();
    }

    private static Entitlement entitlement(ResultSet rs, int n) throws SQLException {
        return new Entitlement(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getString("id_number"), Allowance.valueOf(rs.getString("allowance")), rs.getString("county"),
                EntitlementStatus.valueOf(rs.getString("status")), yearMonth(rs, "start_month"),
                yearMonth(rs, "end_month"), yearMonth(rs, "paused_from"), yearMonth(rs, "paused_until"),
                rs.getString("status_reason"), rs.getBoolean("manual_override"), rs.getLong("latest_amount"));
    }

    private static @Nullable YearMonth yearMonth(ResultSet rs, String column) throws SQLException {
        LocalDate date = rs.getObject(column, LocalDate.class);
        return date == null ? null : YearMonth.from(date);
    }

    static @Nullable LocalDate month(@Nullable YearMonth month) {
        return month == null ? null : month.atDay(1);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}

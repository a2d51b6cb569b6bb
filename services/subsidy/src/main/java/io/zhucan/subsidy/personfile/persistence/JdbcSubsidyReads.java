package io.zhucan.subsidy.personfile.persistence;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import io.zhucan.subsidy.personfile.application.SubsidyReads;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read models straight from the tables of the features (read-only: the features own their writes). */
@Repository
class JdbcSubsidyReads implements SubsidyReads {

    private final JdbcClient jdbc;

    JdbcSubsidyReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<EntitlementView> entitlements(UUID personId) {
        return jdbc.sql("""
                        SELECT e.*, (SELECT a.monthly_amount_fen FROM entitlement_amount a WHERE a.entitlement_id = e.id
                                     ORDER BY a.from_month DESC LIMIT 1) AS latest_amount
                        FROM entitlement e WHERE e.person_id = :p ORDER BY e.allowance""")
                .param("p", personId)
                .query((rs, n) -> new EntitlementView(rs.getObject("id", UUID.class),
                        Allowance.valueOf(rs.getString("allowance")), EntitlementStatus.valueOf(rs.getString("status")),
                        yearMonth(rs, "start_month"), yearMonth(rs, "end_month"), yearMonth(rs, "paused_from"),
                        yearMonth(rs, "paused_until"), rs.getLong("latest_amount"), rs.getString("county"),
                        rs.getString("status_reason"), rs.getBoolean("manual_override")))
                .list();
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
                            rs.getTimestamp("decided_at").toInstant(), strings(rs.getArray("regional_rules")));
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

    private static @Nullable YearMonth yearMonth(ResultSet rs, String column) throws SQLException {
        LocalDate date = rs.getObject(column, LocalDate.class);
        return date == null ? null : YearMonth.from(date);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}

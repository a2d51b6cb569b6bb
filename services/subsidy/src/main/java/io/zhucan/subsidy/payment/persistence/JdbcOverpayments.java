package io.zhucan.subsidy.payment.persistence;

import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.payment.Overpayments;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Overpayments; overpayment_month's key (entitlement, month) makes every month claimed at most once. */
@Repository
class JdbcOverpayments implements Overpayments {

    private final JdbcClient jdbc;

    JdbcOverpayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<InstructedMonth> unclaimedInstructedMonths(UUID entitlementId, YearMonth from) {
        return jdbc.sql("""
                        SELECT p.month, p.amount_fen FROM payment_instruction p
                        WHERE p.entitlement_id = :id AND p.month >= :from AND p.status IN ('INSTRUCTED', 'PAID')
                          AND NOT EXISTS (SELECT 1 FROM overpayment_month o WHERE o.entitlement_id = p.entitlement_id
                                          AND o.month = p.month)
                        ORDER BY p.month""")
                .param("id", entitlementId).param("from", from.atDay(1))
                .query((rs, n) -> new InstructedMonth(YearMonth.from(rs.getObject("month", LocalDate.class)),
                        rs.getLong("amount_fen")))
                .list();
    }

    @Override
    public boolean claims(UUID entitlementId, YearMonth month) {
        return jdbc.sql("SELECT count(*) FROM overpayment_month WHERE entitlement_id = :e AND month = :m")
                .param("e", entitlementId).param("m", month.atDay(1)).query(Long.class).single() > 0;
    }

    @Override
    public void release(UUID entitlementId, YearMonth month, long amountFen) {
        jdbc.sql("""
                        WITH released AS (DELETE FROM overpayment_month WHERE entitlement_id = :e AND month = :m
                                          RETURNING overpayment_id)
                        UPDATE overpayment o SET months = array_remove(o.months, :m), amount_fen = o.amount_fen - :fen,
                            status = CASE WHEN cardinality(array_remove(o.months, :m)) = 0 THEN 'WITHDRAWN' ELSE o.status END
                        FROM released r WHERE o.id = r.overpayment_id""")
                .param("e", entitlementId).param("m", month.atDay(1)).param("fen", amountFen).update();
    }

    @Override
    public List<InstructedMonth> record(UUID overpaymentId, Entitlement e, List<InstructedMonth> months, String reason) {
        jdbc.sql("""
                        INSERT INTO overpayment (id, entitlement_id, person_id, allowance, county, months, amount_fen, reason,
                            status, raised_at)
                        VALUES (:id, :entitlement, :person, :allowance, :county, '{}', 0, :reason, 'OPEN', now())""")
                .param("id", overpaymentId).param("entitlement", e.id()).param("person", e.personId())
                .param("allowance", e.allowance().name()).param("county", e.county()).param("reason", reason).update();
        List<InstructedMonth> claimed = months.stream().filter(m -> jdbc.sql("""
                        INSERT INTO overpayment_month (entitlement_id, month, overpayment_id) VALUES (:e, :m, :o)
                        ON CONFLICT DO NOTHING""")
                .param("e", e.id()).param("m", m.month().atDay(1)).param("o", overpaymentId).update() == 1).toList();
        if (claimed.isEmpty()) {
            jdbc.sql("DELETE FROM overpayment WHERE id = :id").param("id", overpaymentId).update();
            return claimed;
        }
        jdbc.sql("UPDATE overpayment SET months = CAST(:months AS date[]), amount_fen = :amount WHERE id = :id")
                .param("months", claimed.stream().map(m -> m.month().atDay(1).toString())
                        .collect(Collectors.joining(",", "{", "}")))
                .param("amount", claimed.stream().mapToLong(InstructedMonth::amountFen).sum())
                .param("id", overpaymentId).update();
        return claimed;
    }
}

package io.zhucan.subsidy.payment.persistence;

import io.zhucan.platform.events.subsidy.PaymentInstructed;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.payment.Instruction;
import io.zhucan.subsidy.payment.InstructionStatus;
import io.zhucan.subsidy.payment.PaymentInstructions;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Payment instructions. The run reads the entitlement tables in SQL (set-based, a chunk per
 * statement) rather than through the entitlement feature's port: at a million entitlements a
 * row-by-row walk would be the run's whole cost.
 */
@Repository
class JdbcPaymentInstructions implements PaymentInstructions {

    /**
     * Whether entitlement {@code e} covers {@code :month}: open (a terminated or declined one never
     * is, whatever its months say), started, not ended, not paused then (now or in a closed pause).
     */
    private static final String PAYABLE = """
            e.status IN ('GRANTED', 'ACTIVE', 'SUSPENDED')
                  AND e.start_month <= :month
                  AND (e.end_month IS NULL OR e.end_month >= :month)
                  AND NOT (e.paused_from IS NOT NULL AND e.paused_from <= :month
                           AND (e.paused_until IS NULL OR e.paused_until >= :month))
                  AND NOT EXISTS (SELECT 1 FROM entitlement_pause p
                                  WHERE p.entitlement_id = e.id AND :month BETWEEN p.from_month AND p.until_month)""";

    /**
     * One statement per chunk: every payable entitlement of the id range gets the instruction of the
     * month at the amount scheduled for it ({@code this_month}), and of every earlier month that became
     * owed after its run ({@code owed_earlier}: {@code entitlement_arrears}, a late fact, a renewal after an
     * expiry), as far back as the look-back in force for the run's month ({@code arrears_look_back});
     * never a month another system paid ({@code paid_elsewhere}). The month's instructions are written
     * apart from the arrears with the month as a constant and the amount as an anti-join, so PostgreSQL
     * estimates them well (ADR 0015). The
     * unique key (entitlement_id, month) skips those that already have one, and RETURNING yields exactly
     * the new ones (their events are written next).
     * FOR SHARE: a termination (which locks the entitlement FOR UPDATE) waits for the chunk to commit,
     * then sees its instructions and claims them; one that committed first is seen re-checked.
     * The same statement writes the PaymentInstructed event of each new instruction to the outbox (its
     * event id drawn per row in RETURNING: a lateral {@code gen_random_uuid()} would be drawn once): the
     * payload is built here instead of by EventCodec, for a million rows a run (PaymentRunIT.theEventsTheRunWritesWithSqlKeepTheirContract
     * checks it against the event's JSON Schema and the instruction row).
     */
    private static final String INSTRUCT = """
            WITH look_back AS (
                SELECT (:month::date - make_interval(months => l.months))::date AS earliest FROM arrears_look_back l
                WHERE l.effective_from <= :month ORDER BY l.effective_from DESC LIMIT 1),
            this_month AS (
                INSERT INTO payment_instruction (id, entitlement_id, month, person_id, allowance, amount_fen, county,
                    status, attempt, certificate_number, instructed_at, arrears)
                SELECT gen_random_uuid(), e.id, :month, e.person_id, e.allowance, a.monthly_amount_fen, e.county,
                       'INSTRUCTED', 1, f.certificate_number, now(), false
                FROM entitlement e
                JOIN person_facts f ON f.id_number = e.id_number
                JOIN entitlement_amount a ON a.entitlement_id = e.id AND a.from_month <= :month
                LEFT JOIN paid_elsewhere p ON p.id_number = e.id_number AND p.allowance = e.allowance
                WHERE e.id > :after %1$s
                  AND NOT EXISTS (SELECT 1 FROM entitlement_amount later WHERE later.entitlement_id = a.entitlement_id
                                  AND later.from_month > a.from_month AND later.from_month <= :month)
                  AND (p.paid_through IS NULL OR p.paid_through < :month)
                  AND\s""" + PAYABLE + """

                FOR SHARE OF e
                ON CONFLICT ON CONSTRAINT uq_payment_instruction_entitlement_month DO NOTHING
                RETURNING *, gen_random_uuid() AS event_id),
            owed_earlier AS (
                INSERT INTO payment_instruction (id, entitlement_id, month, person_id, allowance, amount_fen, county,
                    status, attempt, certificate_number, instructed_at, arrears)
                SELECT gen_random_uuid(), e.id, m.month, e.person_id, e.allowance, amount.fen, e.county, 'INSTRUCTED', 1,
                       f.certificate_number, now(), true
                FROM entitlement_arrears o
                JOIN entitlement e ON e.id = o.entitlement_id
                JOIN person_facts f ON f.id_number = e.id_number
                LEFT JOIN paid_elsewhere p ON p.id_number = e.id_number AND p.allowance = e.allowance
                CROSS JOIN look_back b
                CROSS JOIN LATERAL (
                    SELECT d::date AS month FROM generate_series(GREATEST(o.from_month, b.earliest)::timestamp,
                            LEAST(o.until_month, (:month::date - interval '1 month')::date)::timestamp,
                            interval '1 month') d) m
                CROSS JOIN LATERAL (SELECT a.monthly_amount_fen AS fen FROM entitlement_amount a
                                    WHERE a.entitlement_id = e.id AND a.from_month <= m.month
                                    ORDER BY a.from_month DESC LIMIT 1) amount
                WHERE o.entitlement_id > :after %2$s
                  AND (p.paid_through IS NULL OR m.month > p.paid_through)
                  AND\s""" + PAYABLE.replace(":month", "m.month") + """

                FOR SHARE OF e
                ON CONFLICT ON CONSTRAINT uq_payment_instruction_entitlement_month DO NOTHING
                RETURNING *, gen_random_uuid() AS event_id),
            created AS (
                SELECT * FROM this_month UNION ALL SELECT * FROM owed_earlier),
            activated AS (
                UPDATE entitlement SET status = 'ACTIVE', updated_at = now()
                WHERE status = 'GRANTED' AND id IN (SELECT entitlement_id FROM created)),
            announced AS (
                INSERT INTO outbox_event (event_id, event_type, topic, record_key, occurred_at, payload)
                SELECT c.event_id, :type, :topic, c.person_id::text, :at, json_build_object('eventId', c.event_id,
                       'occurredAt', :atText, 'personId', c.person_id, 'instructionId', c.id,
                       'entitlementId', c.entitlement_id, 'allowance', c.allowance, 'month', to_char(c.month, 'YYYY-MM'),
                       'amountFen', c.amount_fen, 'county', c.county, 'certificateNumber', c.certificate_number,
                       'attempt', c.attempt, 'arrears', c.arrears)::text
                FROM created c)
            SELECT * FROM created""";

    private final JdbcClient jdbc;

    JdbcPaymentInstructions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> chunkEnd(UUID after, int size) {
        return jdbc.sql("SELECT id FROM entitlement WHERE id > :after ORDER BY id OFFSET :skip LIMIT 1")
                .param("after", after).param("skip", size - 1).query(UUID.class).optional();
    }

    @Override
    public List<Instruction> instructRange(YearMonth month, UUID after, @Nullable UUID upTo, Instant announcedAt) {
        var statement = jdbc.sql(upTo == null ? INSTRUCT.formatted("", "")
                        : INSTRUCT.formatted("AND e.id <= :upTo", "AND o.entitlement_id <= :upTo"))
                .param("month", month.atDay(1)).param("after", after)
                .param("type", PaymentInstructed.TYPE.name()).param("topic", PaymentInstructed.TYPE.topic())
                .param("at", Timestamp.from(announcedAt)).param("atText", announcedAt.toString());
        if (upTo != null) {
            statement = statement.param("upTo", upTo);
        }
        return statement.query(JdbcPaymentInstructions::instruction).list();
    }

    /** The failed instructions whose month the entitlement still covers ({@code :month} is the instruction's). */
    @Override
    public List<Instruction> reinstructFailed(int maxAttempts, int limit) {
        return jdbc.sql("""
                        UPDATE payment_instruction SET status = 'INSTRUCTED', attempt = attempt + 1, failure_reason = NULL,
                            settled_on = NULL, instructed_at = now()
                        WHERE id IN (SELECT i.id FROM payment_instruction i
                                     JOIN entitlement e ON e.id = i.entitlement_id
                                     WHERE i.status = 'FAILED' AND i.attempt < :max AND\s"""
                        + PAYABLE.replace(":month", "i.month") + """

                                     LIMIT :limit FOR UPDATE OF i SKIP LOCKED)
                        RETURNING *""")
                .param("max", maxAttempts).param("limit", limit).query(JdbcPaymentInstructions::instruction).list();
    }

    @Override
    public List<UUID> instructedNotCovered(YearMonth month) {
        return jdbc.sql("""
                        SELECT DISTINCT i.entitlement_id FROM payment_instruction i JOIN entitlement e ON e.id = i.entitlement_id
                        WHERE i.month = :month AND i.status IN ('INSTRUCTED', 'PAID')
                          AND NOT (""" + PAYABLE + """
                        )
                          AND NOT EXISTS (SELECT 1 FROM overpayment_month o
                                          WHERE o.entitlement_id = i.entitlement_id AND o.month = i.month)""")
                .param("month", month.atDay(1)).query(UUID.class).list();
    }

    @Override
    public List<Instruction> cancelFailed(UUID entitlementId, YearMonth from, String reason) {
        return jdbc.sql("""
                        UPDATE payment_instruction SET status = 'CANCELLED', failure_reason = :reason
                        WHERE entitlement_id = :e AND month >= :from AND status = 'FAILED'
                        RETURNING *""")
                .param("e", entitlementId).param("from", from.atDay(1)).param("reason", reason)
                .query(JdbcPaymentInstructions::instruction).list();
    }

    @Override
    public Optional<Instruction> find(UUID instructionId) {
        return jdbc.sql("SELECT * FROM payment_instruction WHERE id = :id").param("id", instructionId)
                .query(JdbcPaymentInstructions::instruction).optional();
    }

    @Override
    public Optional<Instruction> lock(UUID instructionId) {
        return jdbc.sql("SELECT * FROM payment_instruction WHERE id = :id FOR UPDATE").param("id", instructionId)
                .query(JdbcPaymentInstructions::instruction).optional();
    }

    @Override
    public void settle(UUID instructionId, InstructionStatus status, @Nullable String failureReason,
            LocalDate settledOn) {
        jdbc.sql("""
                        UPDATE payment_instruction SET status = :status, failure_reason = :reason, settled_on = :on
                        WHERE id = :id""")
                .param("id", instructionId).param("status", status.name()).param("reason", failureReason)
                .param("on", settledOn).update();
    }

    private static Instruction instruction(ResultSet rs, int n) throws SQLException {
        return new Instruction(rs.getObject("id", UUID.class), rs.getObject("entitlement_id", UUID.class),
                rs.getObject("person_id", UUID.class), Allowance.valueOf(rs.getString("allowance")),
                YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("amount_fen"), rs.getString("county"),
                rs.getString("certificate_number"), InstructionStatus.valueOf(rs.getString("status")),
                rs.getInt("attempt"), rs.getBoolean("arrears"));
    }
}

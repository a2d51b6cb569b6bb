package io.zhucan.subsidy.payment.persistence;

import io.zhucan.subsidy.payment.PaymentRun;
import io.zhucan.subsidy.payment.PaymentRuns;
import io.zhucan.subsidy.payment.RunStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcPaymentRuns implements PaymentRuns {

    private final JdbcClient jdbc;

    JdbcPaymentRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PaymentRun begin(YearMonth month, String startedBy) {
        jdbc.sql("""
                        INSERT INTO payment_run (month, status, started_at, started_by)
                        VALUES (:month, 'RUNNING', now(), :by)
                        ON CONFLICT (month) DO UPDATE SET status = 'RUNNING', started_at = now(), started_by = :by,
                            completed_at = NULL, last_error = NULL, runs = payment_run.runs + 1""")
                .param("month", month.atDay(1)).param("by", startedBy).update();
        return find(month).orElseThrow();
    }

    @Override
    public void progress(YearMonth month, long instructed, long retried, long arrears) {
        jdbc.sql("UPDATE payment_run SET instructed = :n, retried = :r, arrears = :a WHERE month = :month")
                .param("month", month.atDay(1)).param("n", instructed).param("r", retried).param("a", arrears)
                .update();
    }

    @Override
    public void complete(YearMonth month) {
        jdbc.sql("UPDATE payment_run SET status = 'COMPLETED', completed_at = now() WHERE month = :month")
                .param("month", month.atDay(1)).update();
    }

    @Override
    public void failed(YearMonth month, String error) {
        jdbc.sql("UPDATE payment_run SET status = 'FAILED', last_error = :error WHERE month = :month")
                .param("month", month.atDay(1)).param("error", error).update();
    }

    @Override
    public Optional<PaymentRun> find(YearMonth month) {
        return jdbc.sql("SELECT * FROM payment_run WHERE month = :month").param("month", month.atDay(1))
                .query(JdbcPaymentRuns::run).optional();
    }

    @Override
    public List<PaymentRun> latest(int limit) {
        return jdbc.sql("SELECT * FROM payment_run ORDER BY month DESC LIMIT :limit").param("limit", limit)
                .query(JdbcPaymentRuns::run).list();
    }

    private static PaymentRun run(ResultSet rs, int n) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new PaymentRun(YearMonth.from(rs.getObject("month", LocalDate.class)),
                RunStatus.valueOf(rs.getString("status")), rs.getTimestamp("started_at").toInstant(),
                rs.getString("started_by"), completed == null ? null : completed.toInstant(), rs.getLong("instructed"),
                rs.getLong("retried"), rs.getLong("arrears"), rs.getInt("runs"), rs.getString("last_error"));
    }
}

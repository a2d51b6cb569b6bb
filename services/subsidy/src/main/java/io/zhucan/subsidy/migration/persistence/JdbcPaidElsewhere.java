package io.zhucan.subsidy.migration.persistence;

import io.zhucan.subsidy.migration.LegacyPaidThrough;
import io.zhucan.subsidy.migration.PaidElsewhere;
import io.zhucan.subsidy.migration.Rejection;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A batch goes in by COPY into a temporary table (dropped at commit), then one set-based upsert:
 * at 1.2 M rows a statement per row would be the import's whole cost.
 */
@Repository
class JdbcPaidElsewhere implements PaidElsewhere {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    JdbcPaidElsewhere(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    @Override
    public List<Rejection> record(List<LegacyPaidThrough> batch, String source) {
        jdbc.sql("""
                        CREATE TEMPORARY TABLE IF NOT EXISTS legacy_paid (row_no BIGINT, id_number VARCHAR(18),
                            allowance VARCHAR(10), paid_through DATE) ON COMMIT DELETE ROWS""").update();
        copy(batch);
        List<Rejection> earlier = jdbc.sql("""
                        SELECT s.row_no, min(s.id_number),
                               string_agg(lower(s.allowance) || '_paid_through', '; ' ORDER BY s.allowance)
                        FROM legacy_paid s
                        JOIN paid_elsewhere p ON p.id_number = s.id_number AND p.allowance = s.allowance
                        WHERE s.paid_through < p.paid_through GROUP BY s.row_no ORDER BY s.row_no""")
                .query((rs, n) -> new Rejection(rs.getLong(1), rs.getString(3)
                        + ": earlier than the month already recorded (kept)", Rejection.mask(rs.getString(2)))).list();
        jdbc.sql("""
                        INSERT INTO paid_elsewhere (id_number, allowance, paid_through, source, recorded_at)
                        SELECT id_number, allowance, max(paid_through), :source, now() FROM legacy_paid
                        GROUP BY id_number, allowance
                        ON CONFLICT (id_number, allowance) DO UPDATE SET paid_through = EXCLUDED.paid_through,
                            source = EXCLUDED.source, recorded_at = EXCLUDED.recorded_at
                        WHERE paid_elsewhere.paid_through < EXCLUDED.paid_through""")
                .param("source", source).update();
        return earlier;
    }

    /** The batch as CSV into the session's temporary table (the transaction's connection). */
    private void copy(List<LegacyPaidThrough> batch) {
        StringBuilder csv = new StringBuilder(batch.size() * 64);
        for (LegacyPaidThrough row : batch) {
            line(csv, row, "LIVING", row.living());
            line(csv, row, "NURSING", row.nursing());
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY legacy_paid FROM STDIN (FORMAT csv)", new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of a legacy batch failed: " + e.getSQLState(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static void line(StringBuilder csv, LegacyPaidThrough row, String allowance, @Nullable YearMonth month) {
        if (month != null) {
            csv.append(row.row()).append(',').append(row.idNumber().value()).append(',').append(allowance).append(',')
                    .append(month.atDay(1)).append('\n');
        }
    }
}

package io.zhucan.subsidy;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The benchmarks' province: certificate holders seeded set-based, and the raw COPY floor of rows they write. */
final class BenchmarkHolders {

    /**
     * Physical-disability holders of grades 1 and 2 in turn, spread over the counties, each with an
     * active nursing entitlement at the province's amount (40,000 / 30,000 fen) and its current
     * decisions; valid ID numbers (born in the 1960s).
     */
    static void seed(JdbcClient jdbc, int persons, List<String> counties) {
        jdbc.sql("""
                        INSERT INTO person_facts (id_number, person_id, certificate_id, certificate_number, category, grade,
                            grade_since, county, certificate_status, certificate_status_since, issued_on, valid_until,
                            care_benefits, updated_at)
                        SELECT id, gen_random_uuid(), gen_random_uuid(), id || CASE WHEN n % 2 = 0 THEN '41' ELSE '42' END,
                               'PHYSICAL', CASE WHEN n % 2 = 0 THEN 'GRADE_1' ELSE 'GRADE_2' END, DATE '2020-01-01',
                               (CAST(:counties AS text[]))[1 + (n / 2) % cardinality(CAST(:counties AS text[]))],
                               'VALID', DATE '2020-01-01', DATE '2020-01-01', DATE '2030-01-01', '{}', now()
                        FROM """ + idNumbers("330102", "1960-01-01") + " s")
                .param("n", persons).param("counties", counties.toArray(String[]::new)).update();
        jdbc.sql("""
                        INSERT INTO entitlement (id, person_id, id_number, allowance, county, status, start_month,
                            manual_override, granted_at, updated_at)
                        SELECT gen_random_uuid(), person_id, id_number, 'NURSING', county, 'ACTIVE', DATE '2020-02-01',
                               false, now(), now()
                        FROM person_facts WHERE id_number LIKE '330102196%'""").update();
        jdbc.sql("""
                        INSERT INTO entitlement_amount (entitlement_id, from_month, monthly_amount_fen, policy_version, reason)
                        SELECT e.id, e.start_month, CASE WHEN f.grade = 'GRADE_1' THEN 40000 ELSE 30000 END, 1, 'bench'
                        FROM entitlement e JOIN person_facts f ON f.id_number = e.id_number WHERE f.id_number LIKE '330102196%'""")
                .update();
        jdbc.sql("""
                        INSERT INTO current_decision (person_id, allowance, decision_id, outcome, failed_rules, missing_facts,
                            amount_fen)
                        SELECT person_id, a.allowance, gen_random_uuid(), a.outcome, a.failed, '{}',
                               CASE WHEN a.allowance = 'LIVING' THEN NULL WHEN f.grade = 'GRADE_1' THEN 40000 ELSE 30000 END
                        FROM person_facts f CROSS JOIN (VALUES ('LIVING', 'NOT_ELIGIBLE', ARRAY['LIVING.LOW_INCOME']),
                                                           ('NURSING', 'ELIGIBLE', ARRAY[]::text[]))
                             AS a(allowance, outcome, failed)
                        WHERE f.id_number LIKE '330102196%'""").update();
        jdbc.sql("ANALYZE").update();
    }

    /**
     * Rows {@code n} from 1 to {@code :n}, each with a valid resident ID number {@code id} (GB 11643 check
     * character) registered in {@code county}, born from {@code bornFrom} on, 500 a day.
     */
    static String idNumbers(String county, String bornFrom) {
        return """
                (SELECT n, body || substr('10X98765432', (SELECT sum(substr(body, i::int, 1)::int * w)
                     FROM unnest(ARRAY[7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]) WITH ORDINALITY AS t(w, i))::int %% 11 + 1, 1) AS id
                 FROM (SELECT n, '%s' || to_char(DATE '%s' + n / 500, 'YYYYMMDD') || lpad((n %% 500)::text, 3, '0') AS body
                       FROM generate_series(1, :n) n) b)""".formatted(county, bornFrom);
    }

    /**
     * The raw floor of writing rows: {@code rows} (a query producing rows of {@code table}'s columns) is
     * produced beforehand into a file, then COPYed into a table {@code LIKE table INCLUDING ALL} (its keys
     * and indexes); the seconds of that COPY.
     */
    static double copySeconds(DataSource dataSource, JdbcClient jdbc, String table, String rows) throws Exception {
        String floor = table + "_floor";
        File file = File.createTempFile(floor, ".copy");
        jdbc.sql("CREATE TABLE " + floor + " (LIKE " + table + " INCLUDING ALL)").update();
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (OutputStream out = new FileOutputStream(file)) {
                copy.copyOut("COPY (" + rows + ") TO STDOUT", out);
            }
            long t = System.nanoTime();
            try (InputStream in = new FileInputStream(file)) {
                copy.copyIn("COPY " + floor + " FROM STDIN", in);
            }
            return seconds(t);
        } finally {
            jdbc.sql("DROP TABLE " + floor).update();
            file.delete();
        }
    }

    static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
    }

    private BenchmarkHolders() {
    }
}

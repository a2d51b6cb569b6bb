package io.zhucan.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zhucan.certification.certificate.ValidityPolicy;
import io.zhucan.certification.migration.LegacyExportGenerator;
import io.zhucan.certification.migration.MigrationImport;
import io.zhucan.certification.migration.application.MigrationService;
import io.zhucan.certification.support.CertificationIntegrationTest;
import io.zhucan.platform.security.CurrentUser;
import io.zhucan.platform.testing.BenchmarkReport;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migration of the province's holders (issue 16: 1.2 M rows ≤ 10 minutes on 2 cores): a generated
 * export imported by the operator's use case until every row is committed and until every
 * CertificateIssued is on Kafka, beside its floor in the same run: a raw COPY of the same file into
 * a plain table of text columns. Run with {@code ./mvnw -Pbench -pl services/certification -am verify
 * -Dit.test=MigrationBenchmark} ({@code -Dbench.rows=…} for a smaller file); writes target/bench/migration.json.
 */
@CertificationIntegrationTest
class MigrationBenchmark {

    /** The file's dates follow the province's rules (a county's own would apply where it set some). */
    private static final String PROVINCE = "330000";

    static final int ROWS = Integer.getInteger("bench.rows", 1_200_000);

    @Autowired MigrationService migrations;
    @Autowired ValidityPolicy validity;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired Clock clock;
    @Value("${zhucan.certification.migration.directory}") Path directory;

    @Test
    void theProvincesHoldersAreImportedWithinTenMinutes() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rows", ROWS);
        Files.createDirectories(directory);
        Path file = directory.resolve("province-bench.csv");
        long t = System.nanoTime();
        new LegacyExportGenerator(2026, LocalDate.now(clock), (age, category) -> validity.forHolder(PROVINCE, LocalDate.now(clock), age, category).period())
                .write(file, ROWS, 0);
        result.put("generateSeconds", seconds(t));
        result.put("fileMegabytes", Files.size(file) / (1 << 20));

        double copySeconds = rawCopy(file);
        result.put("floorCopySeconds", copySeconds);

        t = System.nanoTime();
        MigrationImport started = migrations.start(new CurrentUser("bench.operator", Set.of("operator"), "330000", null,
                null), file.getFileName().toString(), 10_000);
        MigrationImport done = await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> migrations.progress(started.id()), i -> i.status() != MigrationImport.Status.RUNNING);
        double importSeconds = seconds(t);
        assertThat(done.status()).as(String.valueOf(done.failure())).isEqualTo(MigrationImport.Status.COMPLETED);
        assertThat(done.imported()).isEqualTo(ROWS);
        result.put("importSeconds", importSeconds);
        result.put("importRowsPerSecond", Math.round(ROWS / importSeconds));
        result.put("importOverCopy", Math.round(importSeconds / copySeconds * 10) / 10.0);
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !jdbc.sql("SELECT EXISTS (SELECT 1 FROM outbox_event)").query(Boolean.class).single());
        double publishedSeconds = seconds(t);
        result.put("importPublishedSeconds", publishedSeconds);
        result.put("importPublishedOverCopy", Math.round(publishedSeconds / copySeconds * 10) / 10.0);
        assertThat(publishedSeconds).as("issue 16: ≤ 10 minutes on 2 cores").isLessThan(600);
        BenchmarkReport.write("migration", result);
        Files.delete(file);
    }

    /** The same file into a table of eleven text columns, as fast as PostgreSQL takes it. */
    private double rawCopy(Path file) throws Exception {
        jdbc.sql("""
                CREATE TABLE legacy_floor (id_number TEXT, name TEXT, household_county TEXT, household_township TEXT,
                    certificate_number TEXT, category TEXT, grade TEXT, issued_on TEXT, valid_until TEXT,
                    living_paid_through TEXT, nursing_paid_through TEXT)""").update();
        try (Connection connection = dataSource.getConnection();
                Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long t = System.nanoTime();
            long rows = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY legacy_floor FROM STDIN (FORMAT csv, HEADER true)", reader);
            double copySeconds = seconds(t);
            assertThat(rows).isEqualTo(ROWS);
            return copySeconds;
        } finally {
            jdbc.sql("DROP TABLE legacy_floor").update();
        }
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
    }
}

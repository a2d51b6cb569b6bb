package io.zhucan.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.testing.BenchmarkReport;
import io.zhucan.subsidy.migration.LegacyExport;
import io.zhucan.subsidy.migration.LegacyImport;
import io.zhucan.subsidy.migration.LegacyImports;
import io.zhucan.subsidy.migration.application.LegacyImportService;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The migration's subsidy side at province scale: the legacy export of 1.2 M holders (generated, the
 * agreed layout) imported into paid_elsewhere (target: ≤ 10 minutes on 2 cores), beside its floor, a raw
 * COPY of the same file into a table of its eleven columns, measured in the same run; then the same
 * file again (a no-op). Runs only with {@code -Pbench}; writes target/bench/subsidy-legacy-import.json.
 */
class LegacyImportBenchmark extends SubsidyITSupport {

    static final int ROWS = Integer.getInteger("bench.legacy.rows", 1_200_000);

    @Autowired LegacyImportService service;
    @Autowired LegacyImports imports;
    @Autowired DataSource dataSource;

    @Test
    void theProvincesLegacyExportBesideARawCopyOfTheSameFile() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rows", ROWS);
        Path file = Files.createTempFile("legacy-export", ".csv");
        try {
            long t = System.nanoTime();
            LegacyExport.write(file, 5_000_000, ROWS, thisMonth(), List.of());
            result.put("generateSeconds", seconds(t));
            result.put("fileMiB", Files.size(file) / (1 << 20));

            t = System.nanoTime();
            long copied = rawCopy(file);
            double copySeconds = seconds(t);
            assertThat(copied).isEqualTo(ROWS);
            result.put("rawCopySeconds", copySeconds);

            LegacyImport begun = imports.begin("b".repeat(64), "bench.csv", "bench"); // a fresh database per JVM
            t = System.nanoTime();
            LegacyImport done = service.run(begun.id(), file);
            double importSeconds = seconds(t);
            assertThat(done.status()).isEqualTo(LegacyImport.ImportStatus.COMPLETED);
            assertThat(done.rowsDone()).isEqualTo(ROWS);
            assertThat(done.rejected()).isZero();
            result.put("importSeconds", importSeconds);
            result.put("importRowsPerSecond", Math.round(ROWS / importSeconds));
            result.put("importToRawCopyRatio", Math.round(importSeconds / copySeconds * 10) / 10.0);

            // the same rows again under another import: every month equal, nothing changes
            LegacyImport again = imports.begin("c".repeat(64), "bench.csv", "bench");
            t = System.nanoTime();
            service.run(again.id(), file);
            result.put("sameRowsAgainSeconds", seconds(t));
            result.put("paidElsewhereRows", jdbc.sql("SELECT count(*) FROM paid_elsewhere").query(Long.class).single());
        } finally {
            Files.deleteIfExists(file);
        }
        BenchmarkReport.write("subsidy-legacy-import", result);
    }

    /** The floor: PostgreSQL's COPY of the whole file into a table of its columns, nothing checked. */
    private long rawCopy(Path file) throws Exception {
        try (Connection c = dataSource.getConnection(); Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            c.createStatement().execute("""
                    CREATE TEMPORARY TABLE raw_legacy (id_number text, name text, household_county text,
                        household_township text, certificate_number text, category text, grade text, issued_on text,
                        valid_until text, living_paid_through text, nursing_paid_through text)""");
            return c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY raw_legacy FROM STDIN (FORMAT csv, HEADER true)", in);
        }
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
    }
}

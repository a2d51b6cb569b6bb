package io.zhucan.subsidy.migration.application;

import io.zhucan.platform.security.CurrentUser;
import io.zhucan.subsidy.migration.LegacyImport;
import io.zhucan.subsidy.migration.LegacyImport.ImportStatus;
import io.zhucan.subsidy.migration.LegacyImports;
import io.zhucan.subsidy.migration.LegacyPaidThrough;
import io.zhucan.subsidy.migration.LegacyRows;
import io.zhucan.subsidy.migration.PaidElsewhere;
import io.zhucan.subsidy.migration.Rejection;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.MappingIterator;

/**
 * Subsidy's side of the migration: the months the legacy system paid, from its export, into
 * {@code paid_elsewhere}, so no run pays them again. Batches of rows, each checked ({@link LegacyRows})
 * and recorded in one transaction with the import's progress: a killed import started again with the
 * same file resumes after the last batch recorded; the same file once completed is a no-op.
 */
@Service
public class LegacyImportService {

    private static final Logger log = LoggerFactory.getLogger(LegacyImportService.class);

    private final LegacyImports imports;
    private final PaidElsewhere paidElsewhere;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int batchSize;
    private final String provinceRegion;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> new Thread(r, "legacy-import"));

    public LegacyImportService(LegacyImports imports, PaidElsewhere paidElsewhere, TransactionTemplate transaction,
            Clock clock, @Value("${zhucan.subsidy.migration.batch-size:20000}") int batchSize,
            @Value("${zhucan.subsidy.payment-run.region:330000}") String provinceRegion) {
        this.imports = imports;
        this.paidElsewhere = paidElsewhere;
        this.transaction = transaction;
        this.clock = clock;
        this.batchSize = batchSize;
        this.provinceRegion = provinceRegion;
    }

    /** A province-level operator imports a file (its header checked now, its rows in the background). */
    public LegacyImport start(Path file, String fileName, CurrentUser operator) {
        if (!operator.hasRole("operator") || !provinceRegion.equals(operator.region())) {
            throw new AccessDeniedException("only a province-level operator imports the legacy export");
        }
        try {
            LegacyFile.rows(file).close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LegacyImport begun = imports.begin(LegacyFile.sha256(file), fileName, operator.username());
        background.submit(() -> {
            try {
                run(begun.id(), file);
            } finally {
                delete(file); // sent again, the same file resumes from the import's progress
            }
        });
        return begun;
    }

    /** Runs the import to its end in the calling thread, from where it stopped (nothing, once completed). */
    public LegacyImport run(UUID importId, Path file) {
        LegacyImport begun = imports.find(importId).orElseThrow();
        if (begun.status() == ImportStatus.COMPLETED) {
            return begun;
        }
        long started = System.nanoTime();
        try (MappingIterator<List<String>> rows = LegacyFile.rows(file)) {
            LegacyFile.skip(rows, begun.rowsDone());
            long row = begun.rowsDone();
            LocalDate today = LocalDate.now(clock);
            while (rows.hasNext()) {
                List<LegacyPaidThrough> accepted = new ArrayList<>(batchSize);
                List<Rejection> rejected = new ArrayList<>();
                while (accepted.size() + rejected.size() < batchSize && rows.hasNext()) {
                    LegacyRows.Checked checked = LegacyRows.check(++row, rows.next(), today);
                    if (checked.accepted() != null) {
                        accepted.add(checked.accepted());
                    } else {
                        rejected.add(checked.rejected());
                    }
                }
                record(begun, row, accepted, rejected);
            }
            imports.complete(begun.id());
        } catch (IOException | RuntimeException e) {
            // the class only: a parser's message may quote the row, names and ID numbers included
            imports.failed(begun.id(), e.getClass().getSimpleName() + " after row " + progress(begun.id()));
            log.error("legacy import {} failed ({})", begun.id(), e.getClass().getName());
            return imports.find(begun.id()).orElseThrow();
        }
        log.info("legacy import {}: completed in {} ms", begun.id(), (System.nanoTime() - started) / 1_000_000);
        return imports.find(begun.id()).orElseThrow();
    }

    private void record(LegacyImport begun, long rowsDone, List<LegacyPaidThrough> accepted, List<Rejection> rejected) {
        transaction.executeWithoutResult(status -> {
            List<Rejection> earlier = paidElsewhere.record(accepted, "legacy " + begun.fileSha256().substring(0, 12));
            List<Rejection> all = new ArrayList<>(rejected);
            all.addAll(earlier);
            imports.progress(begun.id(), rowsDone, accepted.size() - earlier.size(), all);
        });
    }

    private static void delete(Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("legacy import: upload {} not deleted", file.getFileName());
        }
    }

    private long progress(UUID importId) {
        return imports.find(importId).map(LegacyImport::rowsDone).orElse(0L);
    }

    public Optional<LegacyImport> find(UUID importId) {
        return imports.find(importId);
    }

    public List<LegacyImport> latest() {
        return imports.latest(50);
    }

    public List<Rejection> rejections(UUID importId, long afterRow, int limit) {
        return imports.rejections(importId, afterRow, Math.min(limit, 1000));
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}

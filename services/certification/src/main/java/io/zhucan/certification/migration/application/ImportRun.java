package io.zhucan.certification.migration.application;

import io.zhucan.certification.migration.LegacyExports;
import io.zhucan.certification.migration.LegacyRow;
import io.zhucan.certification.migration.MigratedHolder;
import io.zhucan.certification.migration.MigrationChunks;
import io.zhucan.certification.migration.MigrationImport;
import io.zhucan.certification.migration.Migrations;
import io.zhucan.certification.migration.RowCheck;
import io.zhucan.certification.migration.RowRejection;
import io.zhucan.certification.migration.RowValidation;
import io.zhucan.certification.region.Counties;
import io.zhucan.platform.messaging.outbox.EventPublisher;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import on its own thread: counts the rows, then reads the file from the start, checking
 * every row (the rows up to the last checkpoint only to remember their ID numbers for the duplicate
 * check) and committing a chunk at a time with its checkpoint. A failure leaves the committed chunks;
 * the import is FAILED and can be resumed after the last one.
 */
@Component
public class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    private final LegacyExports exports;
    private final Migrations migrations;
    private final MigrationChunks chunks;
    private final Counties counties;
    private final EventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("migration")
            .daemon().factory());
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    public ImportRun(LegacyExports exports, Migrations migrations, MigrationChunks chunks, Counties counties,
            EventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.exports = exports;
        this.migrations = migrations;
        this.chunks = chunks;
        this.counties = counties;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    public boolean isRunning(UUID id) {
        return running.contains(id);
    }

    void submit(UUID id, String fileName, int chunkSize) {
        running.add(id);
        thread.execute(() -> {
            try {
                run(id, fileName, chunkSize);
                migrations.finish(id, MigrationImport.Status.COMPLETED, null, clock.instant());
                log.info("migration {} completed: {}", id, migrations.find(id).orElseThrow());
            } catch (RuntimeException e) {
                String reason = Failures.describe(e);
                log.error("migration {} stopped: {}", id, reason);
                migrations.finish(id, MigrationImport.Status.FAILED, reason, clock.instant());
            } finally {
                running.remove(id);
            }
        });
    }

    private void run(UUID id, String fileName, int chunkSize) {
        migrations.counted(id, count(fileName), clock.instant());
        Migrations.Checkpoint checkpoint = migrations.checkpoint(id);
        RowValidation validation = new RowValidation(counties, LocalDate.now(clock));
        Chunk chunk = new Chunk(checkpoint.chunkNo() + 1);
        try (LegacyExports.Export export = exports.open(fileName)) {
            while (export.hasNext()) {
                LegacyRow row = export.next();
                RowCheck check = validation.check(row);
                if (row.number() > checkpoint.lastRow()) {
                    chunk.add(row.number(), check);
                }
                if (chunk.rows >= chunkSize) {
                    chunk = commit(id, chunk);
                }
            }
        }
        if (chunk.rows > 0) {
            commit(id, chunk);
        }
    }

    /** The rows of the file; of one that cannot be read to its end, those before the break (the import stops there). */
    private int count(String fileName) {
        int rows = 0;
        try (LegacyExports.Export export = exports.open(fileName)) {
            for (; export.hasNext(); export.next()) {
                rows++;
            }
        } catch (LegacyExports.UnreadableExportException e) {
            return rows;
        }
        return rows;
    }

    private Chunk commit(UUID id, Chunk chunk) {
        transactions.executeWithoutResult(tx -> {
            chunks.write(id, chunk.number, chunk.lastRow, chunk.holders, chunk.rejections, clock.instant());
            events.writtenBySql();
        });
        log.debug("migration {}: chunk {} committed up to row {}", id, chunk.number, chunk.lastRow);
        return new Chunk(chunk.number + 1);
    }

    private static final class Chunk {

        final int number;
        final List<MigratedHolder> holders = new ArrayList<>();
        final List<RowRejection> rejections = new ArrayList<>();
        int rows;
        int lastRow;

        Chunk(int number) {
            this.number = number;
        }

        void add(int row, RowCheck check) {
            switch (check) {
                case RowCheck.Accepted accepted -> holders.add(accepted.holder());
                case RowCheck.Rejected rejected -> rejections.addAll(rejected.rejections());
            }
            rows++;
            lastRow = row;
        }
    }
}

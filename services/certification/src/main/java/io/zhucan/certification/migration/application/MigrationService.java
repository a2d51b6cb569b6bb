package io.zhucan.certification.migration.application;

import io.zhucan.certification.migration.LegacyExports;
import io.zhucan.certification.migration.MigrationImport;
import io.zhucan.certification.migration.Migrations;
import io.zhucan.certification.migration.RowRejection;
import io.zhucan.platform.domain.ConflictException;
import io.zhucan.platform.domain.NotFoundException;
import io.zhucan.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's use cases of the migration: start an import of a file (checked for its name and
 * header at once, then run in the background), follow its progress, read its rejected rows, and
 * resume one that failed or whose process was killed. One import runs at a time.
 */
@Service
public class MigrationService {

    private final Migrations migrations;
    private final LegacyExports exports;
    private final ImportRun run;
    private final Clock clock;
    private final Duration staleAfter;

    public MigrationService(Migrations migrations, LegacyExports exports, ImportRun run, Clock clock,
            @Value("${zhucan.certification.migration.stale-after:120s}") Duration staleAfter) {
        this.migrations = migrations;
        this.exports = exports;
        this.run = run;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    public MigrationImport start(CurrentUser operator, String fileName, int chunkSize) {
        exports.open(fileName).close(); // a wrong name or layout is the operator's answer, not a failed import
        Instant now = clock.instant();
        MigrationImport started = new MigrationImport(UUID.randomUUID(), fileName, chunkSize, MigrationImport.Status.RUNNING,
                null, 0, 0, 0, 0, null, operator.username(), now, now, null);
        if (!migrations.start(started)) {
            throw new ConflictException("migration-running", "another import is running: follow it, or resume it");
        }
        run.submit(started.id(), fileName, chunkSize);
        return started;
    }

    /** Resumes in chunks of {@code chunkSize}, or of the size it ran with. */
    public MigrationImport resume(UUID id, @Nullable Integer chunkSize) {
        MigrationImport stopped = progress(id);
        if (stopped.status() == MigrationImport.Status.COMPLETED) {
            throw new ConflictException("migration-completed", "the import is complete: start a new one to re-run");
        }
        if (run.isRunning(id) || !stopped.resumableAt(clock.instant(), staleAfter.toSeconds())) {
            throw new ConflictException("migration-running", "the import is running");
        }
        exports.open(stopped.fileName()).close();
        int size = chunkSize == null ? stopped.chunkSize() : chunkSize;
        if (!migrations.resume(id, size, clock.instant())) {
            throw new ConflictException("migration-running", "another import is running");
        }
        run.submit(id, stopped.fileName(), size);
        return progress(id);
    }

    @Transactional(readOnly = true)
    public MigrationImport progress(UUID id) {
        return migrations.find(id).orElseThrow(() -> new NotFoundException("no import " + id));
    }

    @Transactional(readOnly = true)
    public List<MigrationImport> latest() {
        return migrations.latest(20);
    }

    @Transactional(readOnly = true)
    public List<RowRejection> rejections(UUID id, int afterRow, int limit) {
        progress(id);
        return migrations.rejections(id, afterRow, limit);
    }
}

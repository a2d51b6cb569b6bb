package io.zhucan.subsidy.migration;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One import of a legacy export file, known by its SHA-256 (the same file again is the same import:
 * resumed where it stopped, or nothing to do when completed); {@code rowsDone} rows are recorded.
 */
public record LegacyImport(UUID id, String fileSha256, String fileName, ImportStatus status, long rowsDone,
        long accepted, long rejected, String startedBy, Instant startedAt, @Nullable Instant finishedAt,
        @Nullable String lastError) {

    /** The states of an import. */
    public enum ImportStatus {
        RUNNING, COMPLETED, FAILED
    }
}

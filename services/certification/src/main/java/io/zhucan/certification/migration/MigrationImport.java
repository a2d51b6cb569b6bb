package io.zhucan.certification.migration;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One import of an export file and how far it got: rows read (up to the last committed chunk),
 * imported, skipped (already on the platform: a re-run) and rejected; rows a chunk it commits.
 */
public record MigrationImport(
        UUID id,
        String fileName,
        int chunkSize,
        Status status,
        @Nullable Integer totalRows,
        int rowsRead,
        int imported,
        int skipped,
        int rejected,
        @Nullable String failure,
        String startedBy,
        Instant startedAt,
        Instant progressedAt,
        @Nullable Instant finishedAt) {

    public enum Status { RUNNING, COMPLETED, FAILED }

    /** Share of the file's rows read, 0–100 with one decimal; null while the rows are being counted. */
    public @Nullable Double percent() {
        if (totalRows == null) {
            return null;
        }
        return totalRows == 0 ? 100.0 : Math.floor(rowsRead * 1000.0 / totalRows) / 10;
    }

    /**
     * Whether this import may be resumed now: it failed, or it is RUNNING without progress for
     * {@code staleAfter} seconds (its process was killed; a live one commits a chunk every few seconds).
     */
    public boolean resumableAt(Instant now, long staleAfterSeconds) {
        return status == Status.FAILED
                || (status == Status.RUNNING && progressedAt.plusSeconds(staleAfterSeconds).isBefore(now));
    }
}

package io.zhucan.certification.migration;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where imports, their checkpoints and their rejected rows are kept (port). */
public interface Migrations {

    /** Records a new RUNNING import; false if another import is RUNNING (one at a time). */
    boolean start(MigrationImport started);

    Optional<MigrationImport> find(UUID id);

    List<MigrationImport> latest(int limit);

    void counted(UUID id, int totalRows, Instant at);

    /** Marks the import RUNNING again for a resume, in chunks of {@code chunkSize}; false if another one is RUNNING. */
    boolean resume(UUID id, int chunkSize, Instant at);

    void finish(UUID id, MigrationImport.Status status, @org.jspecify.annotations.Nullable String failure, Instant at);

    /** The last row of the last committed chunk, and that chunk's number (0, 0 before the first). */
    Checkpoint checkpoint(UUID id);

    List<RowRejection> rejections(UUID id, int afterRow, int limit);

    record Checkpoint(int chunkNo, int lastRow) {
    }
}

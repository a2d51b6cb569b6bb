package io.zhucan.certification.migration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes one chunk of an import set-based (port): the holders' persons, their VALID certificates and
 * a CertificateIssued (migrated) for each certificate created, the rejected rows, the checkpoint and
 * the import's counts, all in the caller's transaction.
 */
public interface MigrationChunks {

    /** Returns how many certificates were created; the rest of {@code holders} were on the platform already. */
    int write(UUID importId, int chunkNo, int lastRow, List<MigratedHolder> holders, List<RowRejection> rejections,
            Instant at);
}

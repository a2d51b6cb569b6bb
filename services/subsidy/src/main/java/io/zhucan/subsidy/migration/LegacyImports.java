package io.zhucan.subsidy.migration;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The imports of legacy export files, their progress and rejected rows (port). */
public interface LegacyImports {

    /** The import of this file: a new one, or the existing one (marked running again unless completed). */
    LegacyImport begin(String fileSha256, String fileName, String startedBy);

    /** After a batch, in its transaction: the rows done so far, the counts added and the batch's rejections. */
    void progress(UUID importId, long rowsDone, long accepted, List<Rejection> rejections);

    void complete(UUID importId);

    void failed(UUID importId, String error);

    Optional<LegacyImport> find(UUID importId);

    List<LegacyImport> latest(int limit);

    List<Rejection> rejections(UUID importId, long afterRow, int limit);
}

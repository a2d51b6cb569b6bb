package io.zhucan.subsidy.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The yearly checks' reports (port): per run the counts, per entitlement that differs its finding. */
public interface ReviewReports {

    ReviewRun begin(String startedBy, long policyVersion);

    /** A chunk's findings: every outcome counted, those that differ kept. */
    void add(UUID runId, List<ReviewFinding> findings);

    void complete(UUID runId);

    void failed(UUID runId, String error);

    Optional<ReviewRun> find(UUID runId);

    List<ReviewRun> latest(int limit);

    List<ReviewFinding> findings(UUID runId, int offset, int limit);
}

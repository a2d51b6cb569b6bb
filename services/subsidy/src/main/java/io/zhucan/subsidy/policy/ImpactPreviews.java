package io.zhucan.subsidy.policy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The previews of policy proposals and who opened them (port). */
public interface ImpactPreviews {

    void add(ImpactPreview preview);

    /** The proposal's most recent preview. */
    Optional<ImpactPreview> latest(UUID proposalId);

    /** {@code username} was shown the preview (idempotent: the first time is kept). */
    void viewed(UUID previewId, String username, Instant at);

    boolean wasViewedBy(UUID previewId, String username);
}

package io.zhucan.subsidy.approval;

import io.zhucan.platform.domain.FourEyesViolationException;
import io.zhucan.platform.domain.IllegalTransitionException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A request for a second person's approval. {@code region} is the scope of what it moves (a county
 * for a person's grant, 330000 for the province's policy or run); {@code summary} says what it does
 * without personal data; {@code payload} is what its feature needs to carry it out (JSON);
 * {@code seen} what the approver was shown and confirmed having seen (a policy change's impact preview).
 */
public record Approval(UUID id, String kind, String region, String summary, String payload, String reason,
        String requestedBy, Instant requestedAt, ApprovalStatus status, @Nullable String decidedBy,
        @Nullable Instant decidedAt, @Nullable String outcome, @Nullable UUID seen) {

    public static Approval request(String kind, String region, String summary, String payload, String reason,
            String requestedBy, Instant at) {
        return new Approval(UUID.randomUUID(), kind, region, summary, payload, reason, requestedBy, at,
                ApprovalStatus.PENDING, null, null, null, null);
    }

    /** Throws unless {@code decider} may decide it now: still pending, and not the requester (four eyes). */
    public void checkDecidableBy(String decider) {
        if (status != ApprovalStatus.PENDING) {
            throw new IllegalTransitionException("the request is already " + status.name().toLowerCase());
        }
        if (requestedBy.equals(decider)) {
            throw new FourEyesViolationException("a second person decides a request: " + decider + " made it");
        }
    }

    /** Decided by {@code decider} (see {@link #checkDecidableBy}). */
    public Approval decide(ApprovalStatus decision, String decider, Instant at, String outcome) {
        return decide(decision, decider, at, outcome, null);
    }

    /** Decided by {@code decider}, who confirmed having seen {@code seenByDecider}. */
    public Approval decide(ApprovalStatus decision, String decider, Instant at, String outcome,
            @Nullable UUID seenByDecider) {
        checkDecidableBy(decider);
        return new Approval(id, kind, region, summary, payload, reason, requestedBy, requestedAt, decision, decider,
                at, outcome, seenByDecider);
    }
}

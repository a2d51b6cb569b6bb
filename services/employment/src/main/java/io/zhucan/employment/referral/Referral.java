package io.zhucan.employment.referral;

import io.zhucan.employment.matching.Factor;
import io.zhucan.platform.domain.ConflictException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A job proposed to a seeker, with the score and explanation it was proposed with. Moves only
 * along {@link ReferralStatus#next()}; {@code version} guards against two concurrent steps.
 */
public record Referral(UUID id, UUID jobId, UUID employerId, UUID personId, String county, ReferralStatus status,
        int score, List<Factor> explanation, Instant proposedAt, String proposedBy, int version) {

    public Referral {
        explanation = List.copyOf(explanation);
    }

    public Referral moveTo(ReferralStatus target) {
        if (!status.next().contains(target)) {
            throw new ConflictException("a referral that is " + status + " cannot become " + target);
        }
        return new Referral(id, jobId, employerId, personId, county, target, score, explanation, proposedAt,
                proposedBy, version + 1);
    }
}

package io.zhucan.employment.referral;

import io.zhucan.platform.domain.RuleViolationException;
import io.zhucan.platform.events.employment.WorkForm;
import java.time.LocalDate;
import java.util.UUID;

/** A hire: from when, in which form of work, at what monthly wage in fen. One per referral. */
public record Placement(UUID id, UUID referralId, UUID personId, UUID jobId, UUID employerId, WorkForm workForm,
        LocalDate startDate, long monthlyWageFen) {

    public Placement {
        if (monthlyWageFen < 0) {
            throw new RuleViolationException("placement.wage", "the wage cannot be negative");
        }
    }
}

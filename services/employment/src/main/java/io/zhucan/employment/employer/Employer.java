package io.zhucan.employment.employer;

import io.zhucan.platform.domain.RuleViolationException;
import java.time.Instant;
import java.util.UUID;

/**
 * A registered organisation, identified by its unified social credit code (统一社会信用代码), which
 * is also the {@code organization} claim of its users' tokens.
 */
public record Employer(UUID id, String creditCode, String name, String county, int headcount, Instant registeredAt) {

    public Employer {
        if (!creditCode.matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
            throw new RuleViolationException("employer.credit-code", "a unified social credit code has 18 characters");
        }
        if (headcount < 0) {
            throw new RuleViolationException("employer.headcount", "headcount cannot be negative");
        }
    }
}

package io.zhucan.platform.events.subsidy;

import io.zhucan.platform.events.EventType;
import io.zhucan.platform.events.PersonEvent;
import io.zhucan.platform.events.vocabulary.Allowance;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Eligibility for one allowance was (re)evaluated. {@code failedRules} names the rule ids that
 * were not met, {@code missingFacts} the facts that made the case undecidable; the decision is
 * stored with the facts and the policy version used, so it can be explained and replayed.
 */
public record EligibilityDecided(
        UUID eventId,
        Instant occurredAt,
        UUID personId,
        UUID decisionId,
        Allowance allowance,
        EligibilityOutcome outcome,
        List<String> failedRules,
        List<String> missingFacts,
        String county,
        long policyVersion) implements PersonEvent {

    public static final EventType<EligibilityDecided> TYPE =
            SubsidyEvents.type("eligibility.decided", EligibilityDecided.class);
}

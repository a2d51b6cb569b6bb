package io.zhucan.subsidy.entitlement;

import io.zhucan.subsidy.facts.PersonFacts;
import java.util.UUID;

/** A decision to append to the log, with the facts it saw. */
public record NewDecision(UUID decisionId, PersonFacts facts, Decision decision, long policyVersion, Trigger trigger) {
}

package io.zhucan.subsidy.facts;

import java.time.LocalDate;

/**
 * What reacts when a certificate holder's facts change (port): the entitlement feature evaluates
 * them. Called inside the transaction that recorded the change, so both commit or neither does.
 */
public interface FactsReaction {

    void factsChanged(PersonFacts person, FactChange change, LocalDate effectiveOn);
}

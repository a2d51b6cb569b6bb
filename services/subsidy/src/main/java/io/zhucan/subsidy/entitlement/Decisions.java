package io.zhucan.subsidy.entitlement;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.facts.PersonFacts;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The decision log (port): every decision with the facts it saw, and the current one per allowance. */
public interface Decisions {

    Map<UUID, Map<Allowance, RecordedDecision>> currentOf(Collection<UUID> personIds);

    /** Appends the decision and makes it the current one of the person and allowance. */
    void record(UUID decisionId, PersonFacts facts, Decision decision, long policyVersion, Trigger trigger);

    /** Many decisions in one go (a chunk of a re-evaluation), each person and allowance at most once. */
    default void recordAll(List<NewDecision> recorded) {
        recorded.forEach(d -> record(d.decisionId(), d.facts(), d.decision(), d.policyVersion(), d.trigger()));
    }
}

package io.zhucan.subsidy.fakes;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.Decision;
import io.zhucan.subsidy.entitlement.Decisions;
import io.zhucan.subsidy.entitlement.RecordedDecision;
import io.zhucan.subsidy.entitlement.Trigger;
import io.zhucan.subsidy.facts.PersonFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The decision log as a list, the current decisions as a map. */
public class InMemoryDecisions implements Decisions {

    public final List<Decision> log = new ArrayList<>();
    public final List<String> triggers = new ArrayList<>();
    public final Map<UUID, Map<Allowance, RecordedDecision>> current = new HashMap<>();

    @Override
    public Map<UUID, Map<Allowance, RecordedDecision>> currentOf(Collection<UUID> personIds) {
        Map<UUID, Map<Allowance, RecordedDecision>> result = new HashMap<>();
        personIds.stream().filter(current::containsKey).forEach(p -> result.put(p, new EnumMap<>(current.get(p))));
        return result;
    }

    @Override
    public void record(UUID decisionId, PersonFacts facts, Decision decision, long policyVersion, Trigger trigger) {
        log.add(decision);
        triggers.add(trigger.name() + "/v" + policyVersion);
        current.computeIfAbsent(facts.personId(), p -> new EnumMap<>(Allowance.class)).put(decision.allowance(),
                new RecordedDecision(decisionId, decision.outcome(), decision.failedRules(), decision.missingFacts(),
                        decision.monthlyAmountFen()));
    }
}

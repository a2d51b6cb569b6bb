package io.zhucan.subsidy.entitlement.application;

import io.zhucan.subsidy.entitlement.Trigger;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFactsStore;
import io.zhucan.subsidy.policy.Policies;
import io.zhucan.subsidy.policy.PolicyChange.Scope;
import io.zhucan.subsidy.shared.Months;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-evaluates every certificate holder a change touches, one transaction per chunk of persons
 * (locked, so a concurrent event for the same person waits). No pacing to the relay: its batches
 * keep up with any backlog (docs/adr/0011).
 */
@Service
public class Reevaluation {

    private final PersonFactsStore facts;
    private final Policies policies;
    private final Evaluation evaluation;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int chunkSize;

    public Reevaluation(PersonFactsStore facts, Policies policies, Evaluation evaluation,
            TransactionTemplate transaction, Clock clock,
            @Value("${zhucan.subsidy.reevaluation.chunk-size:5000}") int chunkSize) {
        this.facts = facts;
        this.policies = policies;
        this.evaluation = evaluation;
        this.transaction = transaction;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    /** Returns the number of persons evaluated. */
    public long reevaluate(Scope scope, Trigger trigger) {
        long evaluated = 0;
        String after = "";
        while (true) {
            String from = after;
            List<PersonFacts> done = transaction.execute(status -> {
                List<PersonFacts> chunk = facts.lockChunk(from, chunkSize, scope.counties(), scope.grades());
                if (!chunk.isEmpty()) {
                    YearMonth next = Months.next(clock);
                    evaluation.evaluate(chunk, policies.inForce(Months.first(next)), trigger, next);
                }
                return chunk;
            });
            if (done == null || done.isEmpty()) {
                return evaluated;
            }
            evaluated += done.size();
            after = done.getLast().idNumber().value();
        }
    }
}

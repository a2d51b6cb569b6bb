package io.zhucan.subsidy.entitlement.application;

import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.subsidy.entitlement.DecisionTable;
import io.zhucan.subsidy.entitlement.EligibilityRules;
import io.zhucan.subsidy.entitlement.Entitlement;
import io.zhucan.subsidy.entitlement.EntitlementStatus;
import io.zhucan.subsidy.entitlement.Entitlements;
import io.zhucan.subsidy.entitlement.Situation;
import io.zhucan.subsidy.entitlement.Transition;
import io.zhucan.subsidy.entitlement.Trigger;
import io.zhucan.subsidy.facts.PersonFacts;
import io.zhucan.subsidy.facts.PersonFactsStore;
import io.zhucan.subsidy.policy.Impact;
import io.zhucan.subsidy.policy.ImpactEstimator;
import io.zhucan.subsidy.policy.ImpactTally;
import io.zhucan.subsidy.policy.Policy;
import io.zhucan.subsidy.shared.Months;
import io.zhucan.subsidy.standard.LivingStandards;
import io.zhucan.subsidy.standard.Standards;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The impact of a proposed policy, as a streaming batch evaluation: every certificate holder, read
 * in large chunks in person-id order (with their entitlements) inside one read-only snapshot, is
 * decided by {@link EligibilityRules} under the proposed version and what the {@link DecisionTable}
 * would do is counted per county. Nothing is written; the rules are the domain's, never SQL.
 */
@Service
public class ImpactEvaluation implements ImpactEstimator {

    private final PersonFactsStore facts;
    private final Entitlements entitlements;
    private final Standards standards;
    private final TransactionTemplate snapshot;
    private final Clock clock;
    private final int chunkSize;

    public ImpactEvaluation(PersonFactsStore facts, Entitlements entitlements, Standards standards,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${zhucan.subsidy.preview.chunk-size:10000}") int chunkSize) {
        this.facts = facts;
        this.entitlements = entitlements;
        this.standards = standards;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    @Override
    public Impact estimate(Policy proposed) {
        // decided as on activation: for the first month the version governs (its own, or next month's)
        YearMonth month = Months.max(Months.next(clock), proposed.effectiveMonth());
        Trigger trigger = Trigger.policy(proposed.version());
        return snapshot.execute(status -> {
            LivingStandards living = standards.all();
            ImpactTally tally = new ImpactTally();
            UUID after = null;
            for (List<PersonFacts> chunk = facts.holdersAfter(null, chunkSize); !chunk.isEmpty();
                    chunk = facts.holdersAfter(after, chunkSize)) {
                after = chunk.getLast().personId();
                Map<UUID, Map<Allowance, Entitlement>> current =
                        entitlements.ofPersonsBetween(chunk.getFirst().personId(), after);
                for (PersonFacts person : chunk) {
                    evaluate(person, current.getOrDefault(person.personId(), Map.of()), proposed, living, month,
                            trigger, tally);
                }
            }
            return tally.impact();
        });
    }

    private static void evaluate(PersonFacts person, Map<Allowance, Entitlement> current, Policy proposed,
            LivingStandards living, YearMonth month, Trigger trigger, ImpactTally tally) {
        String county = person.certificate().county();
        Situation situation = new Situation(person.personId(), person.idNumber(), county, month,
                proposed.effectiveMonth(), trigger);
        LocalDate asOf = Months.first(month);
        tally.person();
        for (Allowance allowance : Allowance.values()) {
            Entitlement entitlement = current.get(allowance);
            count(DecisionTable.react(entitlement, EligibilityRules.decide(allowance, person, proposed, living, asOf),
                    situation), entitlement, county, tally);
        }
    }

    /** Gained: granted or resumed; lost: a paid allowance suspended or ended; changed: a new amount. */
    static void count(Transition transition, @Nullable Entitlement current, String county, ImpactTally tally) {
        switch (transition) {
            case Transition.Grant g -> tally.gained(county, g.granted().latestAmountFen());
            case Transition.Resume r -> tally.gained(county, r.resumed().latestAmountFen());
            case Transition.ChangeAmount c -> tally.changed(county, c.previousAmountFen(), c.changed().latestAmountFen());
            case Transition.Suspend s -> lost(current, county, tally);
            case Transition.Terminate t -> lost(current, county, tally);
            default -> { } // none, a relocation: neither the persons nor the cost change
        }
    }

    private static void lost(@Nullable Entitlement current, String county, ImpactTally tally) {
        if (current != null && (current.status() == EntitlementStatus.GRANTED || current.status() == EntitlementStatus.ACTIVE)) {
            tally.lost(county, current.latestAmountFen());
        }
    }
}

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The impact of a proposed policy, as a streaming batch evaluation: every certificate holder, read
 * in large chunks in person-id order with their entitlements, is decided by {@link EligibilityRules}
 * under the proposed version and what the {@link DecisionTable} would do is counted per county.
 * The next chunk is read while this one is evaluated (the database and the JVM work at once), so
 * each chunk is its own read: a person changed meanwhile is seen before or after the change, never
 * half. Nothing is written; the rules are the domain's, never SQL.
 */
@Service
public class ImpactEvaluation implements ImpactEstimator {

    private final PersonFactsStore facts;
    private final Entitlements entitlements;
    private final Standards standards;
    private final Clock clock;
    private final int chunkSize;

    public ImpactEvaluation(PersonFactsStore facts, Entitlements entitlements, Standards standards,
            Clock clock, @Value("${zhucan.subsidy.preview.chunk-size:10000}") int chunkSize) {
        this.facts = facts;
        this.entitlements = entitlements;
        this.standards = standards;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    @Override
    public Impact estimate(Policy proposed) {
        // decided as on activation: for the first month the version governs (its own, or next month's)
        YearMonth month = Months.max(Months.next(clock), proposed.effectiveMonth());
        Trigger trigger = Trigger.policy(proposed.version());
        LivingStandards living = standards.all();
        ImpactTally tally = new ImpactTally();
        try (ExecutorService reader = Executors.newSingleThreadExecutor(r -> new Thread(r, "impact-preview-read"))) {
            Future<Chunk> next = reader.submit(() -> read(null));
            for (Chunk chunk = next.get(); !chunk.holders().isEmpty(); chunk = next.get()) {
                UUID after = chunk.holders().getLast().personId();
                next = reader.submit(() -> read(after));
                for (PersonFacts person : chunk.holders()) {
                    evaluate(person, chunk.entitlements().getOrDefault(person.personId(), Map.of()), proposed, living,
                            month, trigger, tally);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("impact preview interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return tally.impact();
    }

    /** The next chunk of holders after {@code after} (null: the first) and their entitlements. */
    private Chunk read(@Nullable UUID after) {
        List<PersonFacts> holders = facts.holdersAfter(after, chunkSize);
        return new Chunk(holders, holders.isEmpty() ? Map.of()
                : entitlements.ofPersonsBetween(holders.getFirst().personId(), holders.getLast().personId()));
    }

    private record Chunk(List<PersonFacts> holders, Map<UUID, Map<Allowance, Entitlement>> entitlements) {
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

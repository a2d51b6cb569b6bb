package io.zhucan.subsidy.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhucan.platform.events.subsidy.EligibilityOutcome;
import io.zhucan.platform.events.vocabulary.Allowance;
import io.zhucan.platform.events.vocabulary.ResidentIdNumber;
import io.zhucan.subsidy.entitlement.Decision.EndReason;
import io.zhucan.subsidy.entitlement.Decision.Ending;
import io.zhucan.subsidy.policy.MissingFact;
import io.zhucan.subsidy.policy.RuleId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The decision table exhaustively (current state × decision × amount and county), then each transition's values. */
class DecisionTableTest {

    static final UUID PERSON = UUID.randomUUID();
    static final ResidentIdNumber ID = ResidentIdNumber.of("330102199003070027");
    static final YearMonth NEXT = YearMonth.of(2026, 12);
    static final YearMonth POLICY_MONTH = YearMonth.of(2026, 1);
    static final LocalDate FACT_DATE = LocalDate.of(2026, 9, 20);
    static final Situation BY_FACT = new Situation(PERSON, ID, "330102", NEXT, POLICY_MONTH,
            new Trigger("civil-affairs.low-income", FACT_DATE));

    static Entitlement entitlement(EntitlementStatus status, boolean manual) {
        Entitlement granted = Entitlement.grant(PERSON, ID, Allowance.LIVING, "330102", YearMonth.of(2026, 3), 30000);
        Entitlement e = switch (status) {
            case GRANTED -> granted;
            case ACTIVE -> granted.suspend(YearMonth.of(2026, 5), "x").resume(YearMonth.of(2026, 6), "y");
            case SUSPENDED -> granted.suspend(YearMonth.of(2026, 5), "x");
            case TERMINATED -> granted.terminate(YearMonth.of(2026, 5), "x");
            case DECLINED -> granted.decline(YearMonth.of(2026, 5));
        };
        return e.overridden(manual);
    }

    static Decision eligible(long amount) {
        return new Decision(Allowance.LIVING, EligibilityOutcome.ELIGIBLE, List.of(), List.of(), amount,
                LocalDate.of(2026, 10, 8), null);
    }

    static Decision notEligible() {
        return new Decision(Allowance.LIVING, EligibilityOutcome.NOT_ELIGIBLE,
                List.of(RuleId.LIVING_LOW_INCOME, RuleId.LIVING_EXCLUDE_ORPHAN_ALLOWANCE), List.of(), null, null, null);
    }

    static Decision undecidable() {
        return new Decision(Allowance.LIVING, EligibilityOutcome.UNDECIDABLE, List.of(),
                List.of(MissingFact.LIVING_AMOUNT), null, null, null);
    }

    static Decision died(LocalDate on) {
        return new Decision(Allowance.LIVING, EligibilityOutcome.NOT_ELIGIBLE, List.of(RuleId.LIVING_ALIVE), List.of(),
                null, null, new Ending(EndReason.DEATH, on));
    }

    /** The oracle, written from the table in DOMAIN.md and the class comment, not from the code. */
    static Class<? extends Transition> expected(@Nullable EntitlementStatus status, boolean manual, String decision,
            boolean sameAmount, boolean sameCounty) {
        boolean open = status == EntitlementStatus.GRANTED || status == EntitlementStatus.ACTIVE
                || status == EntitlementStatus.SUSPENDED;
        boolean paying = status == EntitlementStatus.GRANTED || status == EntitlementStatus.ACTIVE;
        return switch (decision) {
            case "death" -> open ? Transition.Terminate.class : Transition.None.class;
            case "eligible" -> status == null || status == EntitlementStatus.TERMINATED ? Transition.Grant.class
                    : status == EntitlementStatus.SUSPENDED ? (manual ? Transition.None.class : Transition.Resume.class)
                    : paying ? (!sameAmount ? Transition.ChangeAmount.class
                            : !sameCounty ? Transition.Relocate.class : Transition.None.class)
                    : Transition.None.class;
            case "not eligible" -> paying && !manual ? Transition.Suspend.class : Transition.None.class;
            default -> Transition.None.class;
        };
    }

    static Stream<Arguments> everyCase() {
        List<Arguments> cases = new ArrayList<>();
        List<EntitlementStatus> states = new ArrayList<>(List.of(EntitlementStatus.values()));
        states.add(null);
        for (EntitlementStatus status : states) {
            for (boolean manual : new boolean[] {false, true}) {
                for (String decision : List.of("death", "eligible", "not eligible", "undecidable")) {
                    for (boolean sameAmount : new boolean[] {false, true}) {
                        for (boolean sameCounty : new boolean[] {false, true}) {
                            if (status == null && manual) {
                                continue;
                            }
                            cases.add(Arguments.of(status, manual, decision, sameAmount, sameCounty));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} manual={1} × {2} (same amount {3}, same county {4})")
    @MethodSource("everyCase")
    void everyStateReactsToEveryDecisionAsTheTableSays(@Nullable EntitlementStatus status, boolean manual,
            String decisionKind, boolean sameAmount, boolean sameCounty) {
        Entitlement current = status == null ? null : entitlement(status, manual);
        Decision decision = switch (decisionKind) {
            case "death" -> died(LocalDate.of(2026, 11, 3));
            case "eligible" -> eligible(sameAmount ? 30000 : 45000);
            case "not eligible" -> notEligible();
            default -> undecidable();
        };
        Situation situation = new Situation(PERSON, ID, sameCounty ? "330102" : "330106", NEXT, POLICY_MONTH,
                BY_FACT.trigger());

        Transition transition = DecisionTable.react(current, decision, situation);

        assertThat(transition).isInstanceOf(expected(status, manual, decisionKind, sameAmount, sameCounty));
        if (transition.result() != null) {
            assertThat(transition.result().personId()).isEqualTo(PERSON);
            assertThat(transition.result().allowance()).isEqualTo(Allowance.LIVING);
        }
    }

    @Test
    void aFirstGrantStartsTheLatestOfTheMonthAfterEligibilityAndThePolicyMonthEvenInThePast() {
        var grant = (Transition.Grant) DecisionTable.react(null, eligible(30000), BY_FACT);
        assertThat(grant.isNew()).isTrue();
        // eligible since October, known only now: from November, a month already run (arrears, 补发)
        assertThat(grant.granted().startMonth()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(grant.granted().status()).isEqualTo(EntitlementStatus.GRANTED);
        assertThat(grant.granted().latestAmountFen()).isEqualTo(30000);
        assertThat(grant.granted().idNumber()).isEqualTo(ID);
        assertThat(grant.granted().county()).isEqualTo("330102");

        Decision eligibleLater = new Decision(Allowance.LIVING, EligibilityOutcome.ELIGIBLE, List.of(), List.of(), 30000L,
                LocalDate.of(2027, 2, 1), null);
        assertThat(((Transition.Grant) DecisionTable.react(null, eligibleLater, BY_FACT)).granted().startMonth())
                .isEqualTo(YearMonth.of(2027, 3));
        Situation laterPolicy = new Situation(PERSON, ID, "330102", NEXT, YearMonth.of(2027, 5), BY_FACT.trigger());
        assertThat(((Transition.Grant) DecisionTable.react(null, eligible(30000), laterPolicy)).granted().startMonth())
                .isEqualTo(YearMonth.of(2027, 5));
    }

    @Test
    void aTerminatedEntitlementIsGrantedAgainInTheNewCounty() {
        Entitlement terminated = entitlement(EntitlementStatus.TERMINATED, false);
        Situation moved = new Situation(PERSON, ID, "330106", NEXT, POLICY_MONTH, BY_FACT.trigger());
        var grant = (Transition.Grant) DecisionTable.react(terminated, eligible(45000), moved);
        assertThat(grant.isNew()).isFalse();
        assertThat(grant.granted().id()).isEqualTo(terminated.id());
        assertThat(grant.granted()).extracting(Entitlement::status, Entitlement::startMonth, Entitlement::endMonth,
                Entitlement::county, Entitlement::latestAmountFen)
                .containsExactly(EntitlementStatus.GRANTED, YearMonth.of(2026, 11), null, "330106", 45000L);

        Decision eligibleBeforeTheEnd = new Decision(Allowance.LIVING, EligibilityOutcome.ELIGIBLE, List.of(), List.of(),
                45000L, LocalDate.of(2026, 2, 1), null);
        assertThat(((Transition.Grant) DecisionTable.react(terminated, eligibleBeforeTheEnd, moved)).granted()
                .startMonth()).isEqualTo(YearMonth.of(2026, 6)); // never a month of the ended grant (May)
    }

    @Test
    void aSuspendedEntitlementResumesFromTheStartWithTheNewAmount() {
        Entitlement suspended = entitlement(EntitlementStatus.SUSPENDED, false);
        var resume = (Transition.Resume) DecisionTable.react(suspended, eligible(45000), BY_FACT);
        assertThat(resume.from()).isEqualTo(YearMonth.of(2026, 11)); // the month after eligibility, run already
        assertThat(resume.reason()).isEqualTo("eligible again");
        assertThat(resume.previousAmountFen()).isEqualTo(30000L);
        assertThat(resume.resumed()).extracting(Entitlement::status, Entitlement::latestAmountFen,
                Entitlement::pausedFrom, Entitlement::pausedUntil, Entitlement::statusReason)
                .containsExactly(EntitlementStatus.ACTIVE, 45000L, YearMonth.of(2026, 5), YearMonth.of(2026, 10),
                        "eligible again: civil-affairs.low-income");

        var sameAmount = (Transition.Resume) DecisionTable.react(suspended, eligible(30000), BY_FACT);
        assertThat(sameAmount.previousAmountFen()).isNull();
    }

    @Test
    void anAmountChangesFromTheMonthAfterTheFactButNeverBeforeTheNextMonth() {
        Entitlement active = entitlement(EntitlementStatus.ACTIVE, false);
        Situation later = new Situation(PERSON, ID, "330102", NEXT, POLICY_MONTH,
                new Trigger("certificate.regraded", LocalDate.of(2027, 2, 10)));
        var change = (Transition.ChangeAmount) DecisionTable.react(active, eligible(45000), later);
        assertThat(change.from()).isEqualTo(YearMonth.of(2027, 3));
        assertThat(change.previousAmountFen()).isEqualTo(30000);
        assertThat(change.changed().latestAmountFen()).isEqualTo(45000);

        var past = (Transition.ChangeAmount) DecisionTable.react(active, eligible(45000), BY_FACT);
        assertThat(past.from()).isEqualTo(NEXT); // the fact is from September: not paid again backwards

        Situation byPolicy = new Situation(PERSON, ID, "330102", NEXT, YearMonth.of(2027, 4), Trigger.policy(3));
        assertThat(((Transition.ChangeAmount) DecisionTable.react(active, eligible(45000), byPolicy)).from())
                .isEqualTo(YearMonth.of(2027, 4));
    }

    @Test
    void aMoveWithTheSameAmountOnlyRecordsTheNewCounty() {
        Entitlement active = entitlement(EntitlementStatus.ACTIVE, false);
        Situation moved = new Situation(PERSON, ID, "330106", NEXT, POLICY_MONTH, BY_FACT.trigger());
        var relocate = (Transition.Relocate) DecisionTable.react(active, eligible(30000), moved);
        assertThat(relocate.moved().county()).isEqualTo("330106");
        assertThat(relocate.moved().latestAmountFen()).isEqualTo(30000);
    }

    @Test
    void aLossOfEligibilitySuspendsFromTheMonthAfterTheFactWithTheFailedRules() {
        Entitlement granted = entitlement(EntitlementStatus.GRANTED, false);
        var suspend = (Transition.Suspend) DecisionTable.react(granted, notEligible(), BY_FACT);
        assertThat(suspend.from()).isEqualTo(YearMonth.of(2026, 10)); // may lie in the past: paid months are claimed
        assertThat(suspend.reason()).isEqualTo("LIVING.LOW_INCOME,LIVING.EXCLUDE.ORPHAN_ALLOWANCE");
        assertThat(suspend.why()).isEqualTo(Explanations.rule(RuleId.LIVING_LOW_INCOME) + "；"
                + Explanations.rule(RuleId.LIVING_EXCLUDE_ORPHAN_ALLOWANCE));
        assertThat(suspend.suspended()).extracting(Entitlement::status, Entitlement::pausedFrom, Entitlement::statusReason)
                .containsExactly(EntitlementStatus.SUSPENDED, YearMonth.of(2026, 10), suspend.reason());

        Situation byPolicy = new Situation(PERSON, ID, "330102", NEXT, YearMonth.of(2027, 4), Trigger.policy(3));
        assertThat(((Transition.Suspend) DecisionTable.react(granted, notEligible(), byPolicy)).from())
                .isEqualTo(YearMonth.of(2027, 4));
    }

    @Test
    void deathEndsAfterTheMonthOfDeathWithItsReason() {
        Entitlement suspended = entitlement(EntitlementStatus.SUSPENDED, true);
        var terminate = (Transition.Terminate) DecisionTable.react(suspended, died(LocalDate.of(2026, 8, 31)), BY_FACT);
        assertThat(terminate.lastPayableMonth()).isEqualTo(YearMonth.of(2026, 8));
        assertThat(terminate.reason()).isEqualTo("死亡 (death)");
        assertThat(terminate.terminated()).extracting(Entitlement::status, Entitlement::endMonth)
                .containsExactly(EntitlementStatus.TERMINATED, YearMonth.of(2026, 8));
    }
}
